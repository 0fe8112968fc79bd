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
