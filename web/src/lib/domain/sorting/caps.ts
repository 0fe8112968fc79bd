import type { PointsByCategory, SortingCategory } from './categories';

/** Why a drop-off earned what it earned; shown to the inspector at the bin. */
export type AwardReason = 'awarded' | 'partly_capped' | 'capped' | 'incorrect' | 'no_points';

export interface Award {
	points: number;
	reason: AwardReason;
}

export interface AwardInput {
	category: SortingCategory;
	correct: boolean;
	points: PointsByCategory;
	/** Points the household has already been awarded today. */
	awardedToday: number;
	dailyCapPoints: number;
}

/**
 * What one drop-off earns. A correct one earns its category's points up to what is left of the
 * household's daily cap; above the cap it is still recorded but earns nothing, and the reason
 * says so. An incorrect one never earns and never costs: mistakes get guidance, not penalties.
 */
export function awardFor(input: AwardInput): Award {
	if (!input.correct) return { points: 0, reason: 'incorrect' };
	const base = Math.max(0, Math.floor(input.points[input.category]));
	if (base === 0) return { points: 0, reason: 'no_points' };
	const left = Math.max(0, Math.floor(input.dailyCapPoints) - Math.max(0, input.awardedToday));
	if (left === 0) return { points: 0, reason: 'capped' };
	if (left < base) return { points: left, reason: 'partly_capped' };
	return { points: base, reason: 'awarded' };
}

export interface CapItem {
	householdKey: string;
	category: SortingCategory;
	correct: boolean;
	points: PointsByCategory;
	dailyCapPoints: number;
}

/**
 * Awards a run of drop-offs in arrival order against running per-household totals (the key is
 * household and day). `totals` holds what each key had already been awarded and is not changed;
 * the new totals are returned with the awards, so the caller can write them back.
 */
export function allocateAwards(
	items: readonly CapItem[],
	totals: ReadonlyMap<string, number>
): { awards: Award[]; totals: Map<string, number> } {
	const running = new Map(totals);
	const awards = items.map((item) => {
		const awardedToday = running.get(item.householdKey) ?? 0;
		const award = awardFor({ ...item, awardedToday });
		running.set(item.householdKey, awardedToday + award.points);
		return award;
	});
	return { awards, totals: running };
}
