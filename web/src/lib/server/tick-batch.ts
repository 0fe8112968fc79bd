export interface TickBatchOptions {
	/**
	 * Batches running at once. With a limit, calls arriving while it is reached wait and go
	 * together in the next batch (group commit): right for work that takes row locks, where
	 * batches would only queue behind each other in PostgreSQL. Unlimited by default.
	 */
	maxInFlight?: number;
}

/**
 * Collects the calls made in one turn of the event loop and answers them with one database
 * statement, like a DataLoader: with hundreds of requests in flight, the session look-up or the
 * rate-limit count costs one round trip per turn instead of one per request. Nothing is kept
 * between batches; every call still reads or writes the database before it is answered.
 *
 * `run` gets a batch's items in arrival order and returns one answer per item, in that order.
 * If it throws, every caller of that batch gets the error.
 */
export class TickBatch<I, O> {
	readonly #run: (items: I[]) => Promise<O[]>;
	readonly #maxInFlight: number;
	#queue: { item: I; resolve(value: O): void; reject(error: unknown): void }[] = [];
	#inFlight = 0;
	#scheduled = false;

	constructor(run: (items: I[]) => Promise<O[]>, options: TickBatchOptions = {}) {
		this.#run = run;
		this.#maxInFlight = options.maxInFlight ?? Infinity;
	}

	add(item: I): Promise<O> {
		return new Promise((resolve, reject) => {
			this.#queue.push({ item, resolve, reject });
			if (!this.#scheduled) {
				this.#scheduled = true;
				setImmediate(() => {
					this.#scheduled = false;
					this.#pump();
				});
			}
		});
	}

	#pump(): void {
		if (this.#inFlight >= this.#maxInFlight || this.#queue.length === 0) return;
		const batch = this.#queue;
		this.#queue = [];
		this.#inFlight += 1;
		this.#run(batch.map((w) => w.item))
			.then(
				(answers) => batch.forEach((w, i) => w.resolve(answers[i] as O)),
				(error: unknown) => batch.forEach((w) => w.reject(error))
			)
			.finally(() => {
				this.#inFlight -= 1;
				this.#pump();
			});
	}
}

/**
 * One batch per key object (a pool or a drizzle instance), made on first use, so tests with their
 * own databases never share a batch with the app's.
 */
export function batchPer<K extends object, I, O>(
	make: (key: K) => (items: I[]) => Promise<O[]>,
	options: TickBatchOptions = {}
): (key: K) => TickBatch<I, O> {
	const batches = new WeakMap<K, TickBatch<I, O>>();
	return (key) => {
		let batch = batches.get(key);
		if (!batch) batches.set(key, (batch = new TickBatch(make(key), options)));
		return batch;
	};
}
