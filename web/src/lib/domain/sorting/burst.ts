/** A person needs a few seconds per bag: this many per minute from one inspector is a burst. */
export const DEFAULT_BURST_PER_MINUTE = 20;
export const BURST_WINDOW_MS = 60_000;

/**
 * Whether one more drop-off at `atMs` would exceed `maxPerWindow` in the window ending then,
 * given the times (ms) of the inspector's earlier drop-offs, plus `countedInWindow` more already
 * known to lie in that window (counted by the database, times not needed). Times come from the
 * recorded moment, so an offline queue synced at once is not mistaken for a burst.
 */
export function isBurst(
	earlierMs: readonly number[],
	atMs: number,
	maxPerWindow: number,
	countedInWindow = 0
): boolean {
	const from = atMs - BURST_WINDOW_MS;
	let inWindow = countedInWindow;
	for (const t of earlierMs) if (t > from && t <= atMs) inWindow += 1;
	return inWindow + 1 > maxPerWindow;
}
