import { dedupe, enqueue, settle, type QueuedDropoff, type SyncOutcome } from '$lib/domain/sorting';

/**
 * The phone's queue of drop-offs not yet confirmed by the server, in localStorage so it
 * survives a closed tab, a reload or a flat battery. One key per inspector, so two people
 * sharing a phone never send each other's drop-offs.
 */
export class QueueStore {
	readonly #key: string;
	readonly #storage: Storage | null;
	#memory: QueuedDropoff[] = [];

	constructor(userId: number, storage: Storage | null = globalThis.localStorage ?? null) {
		this.#key = `linli.sorting.queue.${userId}`;
		this.#storage = storage;
	}

	read(): QueuedDropoff[] {
		if (!this.#storage) return this.#memory;
		try {
			const raw = this.#storage.getItem(this.#key);
			const parsed: unknown = raw ? JSON.parse(raw) : [];
			return Array.isArray(parsed) ? dedupe(parsed as QueuedDropoff[]) : [];
		} catch {
			return [];
		}
	}

	#write(queue: QueuedDropoff[]): void {
		this.#memory = queue;
		try {
			this.#storage?.setItem(this.#key, JSON.stringify(queue));
		} catch {
			// Storage full or blocked (private mode): keep the queue in memory for this page.
		}
	}

	add(item: QueuedDropoff): QueuedDropoff[] {
		const next = enqueue(this.read(), item);
		this.#write(next);
		return next;
	}

	/** Applies the server's answers; returns the decided ones for the screen. */
	settle(outcomes: SyncOutcome[]): SyncOutcome[] {
		const { queue, decided } = settle(this.read(), outcomes);
		this.#write(queue);
		return decided;
	}
}

/** A random (v4) UUID, also where crypto.randomUUID is missing (plain-http LAN addresses). */
export function newDropoffId(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const b = crypto.getRandomValues(new Uint8Array(16));
	b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
	b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
	const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
