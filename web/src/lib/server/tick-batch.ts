/**
 * Collects the calls made in one turn of the event loop and answers them with one database
 * statement, like a DataLoader: with hundreds of requests in flight, the session look-up or the
 * rate-limit count costs one round trip per turn instead of one per request. Nothing is kept
 * between turns; every call still reads or writes the database before it is answered.
 *
 * `run` gets the turn's items in arrival order and returns one answer per item, in that order.
 * If it throws, every caller of that turn gets the error.
 */
export class TickBatch<I, O> {
	readonly #run: (items: I[]) => Promise<O[]>;
	#queue: { item: I; resolve(value: O): void; reject(error: unknown): void }[] = [];

	constructor(run: (items: I[]) => Promise<O[]>) {
		this.#run = run;
	}

	add(item: I): Promise<O> {
		return new Promise((resolve, reject) => {
			if (this.#queue.length === 0) setImmediate(() => this.#flush());
			this.#queue.push({ item, resolve, reject });
		});
	}

	#flush(): void {
		const batch = this.#queue;
		this.#queue = [];
		this.#run(batch.map((w) => w.item)).then(
			(answers) => batch.forEach((w, i) => w.resolve(answers[i] as O)),
			(error: unknown) => batch.forEach((w) => w.reject(error))
		);
	}
}

/**
 * One batch per key object (a pool or a drizzle instance), made on first use, so tests with their
 * own databases never share a batch with the app's.
 */
export function batchPer<K extends object, I, O>(
	make: (key: K) => (items: I[]) => Promise<O[]>
): (key: K) => TickBatch<I, O> {
	const batches = new WeakMap<K, TickBatch<I, O>>();
	return (key) => {
		let batch = batches.get(key);
		if (!batch) batches.set(key, (batch = new TickBatch(make(key))));
		return batch;
	};
}
