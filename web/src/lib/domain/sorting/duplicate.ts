/**
 * One bag is one drop-off. The same household's bag of the same category at the same point,
 * recorded twice within this long, is the same bag entered twice (a double tap under two ids, a
 * second phone, a replayed code), not a second bag: the later one is refused. A second bag of one
 * kind is rare enough at a bin that waiting two minutes, or one recording, is the right default.
 */
export const DUPLICATE_WINDOW_MS = 2 * 60_000;

export interface Bag {
	householdId: number;
	pointId: number;
	category: string;
	/** Recorded time, in ms. */
	atMs: number;
}

const sameBag = (a: Bag, b: Bag) =>
	a.householdId === b.householdId &&
	a.pointId === b.pointId &&
	a.category === b.category &&
	Math.abs(a.atMs - b.atMs) < DUPLICATE_WINDOW_MS;

/**
 * The indices of `candidates` that repeat a bag already stored or one earlier in the list (which
 * is the arrival order, so the first entry of a bag is the one kept).
 */
export function repeatedBags(stored: readonly Bag[], candidates: readonly Bag[]): Set<number> {
	const repeated = new Set<number>();
	const kept: Bag[] = [];
	candidates.forEach((bag, i) => {
		if (stored.some((s) => sameBag(s, bag)) || kept.some((k) => sameBag(k, bag))) {
			repeated.add(i);
		} else {
			kept.push(bag);
		}
	});
	return repeated;
}
