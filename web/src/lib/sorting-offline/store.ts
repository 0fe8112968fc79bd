import { dedupe, enqueue, settle, type QueuedDropoff, type SyncOutcome } from '$lib/domain/sorting';

/** How much of the queue the phone's storage holds. */
export type Kept = 'all' | 'without_photos' | 'page_only';

/**
 * The phone's queue of drop-offs not yet confirmed by the server, in localStorage so it
 * survives a closed tab, a reload or a flat battery. One key per inspector, so two people
 * sharing a phone never send each other's drop-offs.
 *
 * Storage is small (about 5 MB) and photos are large: when the queue no longer fits, it is
 * stored without its photos (the drop-offs, which carry the points, come first), and if even
 * that fails (private mode, a full phone) it lives on in this page only. The page always works
 * from its own copy, so nothing recorded is lost while it stays open, and `kept` tells the
 * inspector how safe the queue is.
 */
export class QueueStore {
	readonly #key: string;
	readonly #storage: Storage | null;
	#queue: QueuedDropoff[] | null = null;
	#kept: Kept = 'all';
	/** Ids decided while this page was open: never taken back from a stale stored copy. */
	readonly #settled = new Set<string>();

	constructor(userId: number, storage: Storage | null = globalThis.localStorage ?? null) {
		this.#key = `linli.sorting.queue.${userId}`;
		this.#storage = storage;
	}

	/** What a reload would find: everything, the drop-offs without photos, or nothing new. */
	get kept(): Kept {
		return this.#storage ? this.#kept : 'page_only';
	}

	/**
	 * This page's queue, plus anything another tab of the same inspector stored meanwhile (sending
	 * one twice is harmless: the server answers a known id as replayed).
	 */
	read(): QueuedDropoff[] {
		const mine = this.#queue ?? [];
		const known = new Set(mine.map((q) => q.id));
		const others = this.#load().filter((q) => !known.has(q.id) && !this.#settled.has(q.id));
		this.#queue = [...mine, ...others];
		return this.#queue;
	}

	#load(): QueuedDropoff[] {
		try {
			const raw = this.#storage?.getItem(this.#key);
			const parsed: unknown = raw ? JSON.parse(raw) : [];
			return Array.isArray(parsed) ? dedupe(parsed as QueuedDropoff[]) : [];
		} catch {
			return [];
		}
	}

	#write(queue: QueuedDropoff[]): void {
		this.#queue = queue;
		if (!this.#storage) return;
		// The smaller copy is only made when the whole queue did not fit.
		for (const [kept, copy] of [
			['all', () => queue],
			['without_photos', () => queue.map((q) => ({ ...q, photo: null }))]
		] as const) {
			try {
				this.#storage.setItem(this.#key, JSON.stringify(copy()));
				this.#kept = kept;
				return;
			} catch {
				// Full or blocked: try a smaller copy, then keep the queue in this page only.
			}
		}
		this.#kept = 'page_only';
	}

	add(item: QueuedDropoff): QueuedDropoff[] {
		const next = enqueue(this.read(), item);
		this.#write(next);
		return next;
	}

	/** Applies the server's answers; returns the decided ones for the screen. */
	settle(outcomes: SyncOutcome[]): SyncOutcome[] {
		const { queue, decided } = settle(this.read(), outcomes);
		for (const d of decided) this.#settled.add(d.id);
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
