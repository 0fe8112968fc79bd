import { accuracyPercent } from './stats';

/** How grid statistics are bucketed; weeks by default, as a grid's figures move slowly. */
export type GridPeriod = 'day' | 'week' | 'month';

export function isGridPeriod(value: unknown): value is GridPeriod {
	return value === 'day' || value === 'week' || value === 'month';
}

/** One grid (or the whole community) over one week, one month or the whole range. */
export interface GridFigures {
	dropoffs: number;
	correct: number;
	points: number;
	/** Households with at least one drop-off in the period. */
	active: number;
	/** Households in the grid by the end of the period. */
	households: number;
}

/** Households that took part, in whole percent; null for a grid without households. */
export function participationPercent(f: Pick<GridFigures, 'active' | 'households'>): number | null {
	if (f.households <= 0) return null;
	return Math.round((Math.min(f.active, f.households) / f.households) * 100);
}

/** The figures with their two shares, the way the page and the CSV show them. */
export function withShares<T extends GridFigures>(f: T) {
	return {
		...f,
		accuracy: accuracyPercent({ correct: f.correct, total: f.dropoffs }),
		participation: participationPercent(f)
	};
}

/** Longest range the grid page computes; a longer one is cut to this many days before `to`. */
export const GRID_RANGE_MAX_DAYS = 731;

/**
 * A from/to pair of local days put in order and cut to GRID_RANGE_MAX_DAYS, so a mistyped year
 * cannot ask for a thousand weeks.
 */
export function clampRange(from: string, to: string): { from: string; to: string } {
	const [a, b] = from <= to ? [from, to] : [to, from];
	const earliest = new Date(Date.parse(`${b}T00:00:00Z`) - (GRID_RANGE_MAX_DAYS - 1) * 86_400_000)
		.toISOString()
		.slice(0, 10);
	return { from: a < earliest ? earliest : a, to: b };
}
