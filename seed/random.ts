/**
 * A small seeded generator (mulberry32) so that every seed run produces the same people in the
 * same order: screenshots, e2e tests and bug reports then all talk about the same 王建国.
 */
export function seededRandom(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let x = state;
		x = Math.imul(x ^ (x >>> 15), x | 1);
		x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
		return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
	};
	return {
		/** An integer from `min` to `max`, both included. */
		int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
		pick: <T>(list: readonly T[]): T => {
			const item = list[Math.floor(next() * list.length)];
			if (item === undefined) throw new Error('pick from an empty list');
			return item;
		}
	};
}

export type Random = ReturnType<typeof seededRandom>;
