import {
	backoffSeconds,
	nextBatch,
	type QueuedDropoff,
	type SyncOutcome
} from '$lib/domain/sorting';
import type { QueueStore } from './store';

const BATCH = 25;
const ENDPOINT = '/api/v1/sorting/dropoffs';

export interface SyncerEvents {
	/** Called with each answered drop-off (recorded, replayed or refused). */
	decided(outcomes: SyncOutcome[]): void;
	/** The number still waiting changed. */
	pending(count: number): void;
}

/**
 * Sends the queue whenever there is a chance: right after a tap, when the browser says it is
 * back online, and on a backoff timer while anything waits. Only one send runs at a time, so
 * the same id is never in flight twice from this page.
 */
export class QueueSyncer {
	readonly #store: QueueStore;
	readonly #events: SyncerEvents;
	#running = false;
	#again = false;
	#timer: ReturnType<typeof setTimeout> | null = null;
	readonly #online = () => void this.flush();

	constructor(store: QueueStore, events: SyncerEvents) {
		this.#store = store;
		this.#events = events;
	}

	start(): () => void {
		window.addEventListener('online', this.#online);
		void this.flush();
		return () => {
			window.removeEventListener('online', this.#online);
			if (this.#timer) clearTimeout(this.#timer);
		};
	}

	async flush(): Promise<void> {
		if (this.#running) {
			this.#again = true;
			return;
		}
		this.#running = true;
		try {
			let batch = nextBatch(this.#store.read(), BATCH);
			while (batch.length > 0) {
				const outcomes =
					(await send(batch)) ?? batch.map((d) => ({ id: d.id, status: 'retry' as const }));
				this.#events.decided(this.#store.settle(outcomes));
				if (outcomes.some((o) => o.status === 'retry')) break;
				batch = nextBatch(this.#store.read(), BATCH);
			}
		} finally {
			this.#running = false;
			const left = this.#store.read();
			this.#events.pending(left.length);
			if (this.#again) {
				this.#again = false;
				void this.flush();
			} else if (left.length > 0) {
				this.#schedule(left);
			}
		}
	}

	#schedule(left: QueuedDropoff[]): void {
		if (this.#timer) clearTimeout(this.#timer);
		const attempts = Math.min(...left.map((d) => d.attempts));
		this.#timer = setTimeout(() => void this.flush(), backoffSeconds(attempts) * 1000);
	}
}

/** One POST; null when the network or the server failed, so everything stays queued. */
async function send(batch: QueuedDropoff[]): Promise<SyncOutcome[] | null> {
	try {
		const response = await fetch(ENDPOINT, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				dropoffs: batch.map(({ attempts: _attempts, ...d }) => d)
			})
		});
		// Server trouble, too many requests or a lapsed login: keep everything for later.
		if (response.status >= 500 || [401, 403, 429].includes(response.status)) {
			return batch.map((d) => ({ id: d.id, status: 'retry' as const }));
		}
		if (!response.ok) {
			// A 400 for the whole batch cannot be fixed by sending it again.
			return batch.map((d) => ({ id: d.id, status: 'refused' as const, error: 'invalid_request' }));
		}
		const body = (await response.json()) as { results: SyncOutcome[] };
		return body.results;
	} catch {
		return null;
	}
}
