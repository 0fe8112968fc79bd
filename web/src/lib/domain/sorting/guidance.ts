/** Mistakes are counted over this many days when deciding on guidance. */
export const MISTAKE_WINDOW_DAYS = 7;
/** After guidance, the household is not reminded again for this many days. */
export const GUIDANCE_QUIET_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface GuidanceInput {
	/** Incorrect drop-offs of the household in the last MISTAKE_WINDOW_DAYS, this one included. */
	recentMistakes: number;
	threshold: number;
	lastGuidedAt: Date | null;
	now: Date;
}

/**
 * Repeated mistakes earn a friendly "what goes where" note, never a penalty; once sent, the
 * household is left in peace for a week so the note stays a help and not a nag.
 */
export function needsGuidance(input: GuidanceInput): boolean {
	if (input.threshold <= 0 || input.recentMistakes < input.threshold) return false;
	if (!input.lastGuidedAt) return true;
	return input.now.getTime() - input.lastGuidedAt.getTime() >= GUIDANCE_QUIET_DAYS * DAY_MS;
}

/**
 * A household's recent mistakes, counted by kind of bag: the ones already stored plus the
 * batch's new ones. `worst` is the kind most often wrong, which the note is about (ties go to
 * the kind first in alphabetical order, so the choice never depends on arrival order).
 */
export function tallyMistakes(
	stored: Readonly<Record<string, number>>,
	added: readonly string[]
): { total: number; worst: string | null } {
	const counts = new Map(Object.entries(stored));
	for (const kind of added) counts.set(kind, (counts.get(kind) ?? 0) + 1);
	let total = 0;
	let worst: string | null = null;
	for (const [kind, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		total += n;
		if (n > 0 && (worst === null || n > (counts.get(worst) ?? 0))) worst = kind;
	}
	return { total, worst };
}
