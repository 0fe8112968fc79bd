import type { SortingCategory } from './categories';

/**
 * The offline queue's rules, kept pure so the browser store and the tests share them. Each
 * drop-off carries an id made on the phone when it was recorded; the server credits an id once,
 * so the queue may resend freely, and these rules keep it from holding the same id twice.
 */
export interface QueuedDropoff {
	id: string;
	pointId: number;
	/** What was scanned or typed. */
	presented: string;
	category: SortingCategory;
	correct: boolean;
	note: string | null;
	/** ISO time on the phone when the inspector tapped. */
	recordedAt: string;
	/** A shrunken photo as base64, when the inspector took one. */
	photo?: { mime: string; data: string } | null;
	/** Failed sends so far; for the backoff. */
	attempts: number;
}

/** The server's answer for one id. `retry` means it was not decided: send again later. */
export type SyncOutcome =
	| { id: string; status: 'recorded' | 'replayed'; points: number; reason: string }
	| { id: string; status: 'refused'; error: string }
	| { id: string; status: 'retry' };

/** Adds a drop-off unless one with its id is already queued (a double tap, a second enqueue). */
export function enqueue(queue: readonly QueuedDropoff[], item: QueuedDropoff): QueuedDropoff[] {
	return queue.some((q) => q.id === item.id) ? [...queue] : [...queue, item];
}

/** Drops repeated ids, keeping the first: a corrupted store must not send an id twice in one batch. */
export function dedupe(queue: readonly QueuedDropoff[]): QueuedDropoff[] {
	const seen = new Set<string>();
	return queue.filter((q) => (seen.has(q.id) ? false : (seen.add(q.id), true)));
}

/** The next batch to send, oldest first, at most `max`. */
export function nextBatch(queue: readonly QueuedDropoff[], max: number): QueuedDropoff[] {
	return dedupe(queue).slice(0, Math.max(0, max));
}

/**
 * Applies the server's answers: decided ids (recorded, replayed or refused) leave the queue,
 * undecided ones stay with one more attempt; ids the server did not answer stay untouched.
 */
export function settle(
	queue: readonly QueuedDropoff[],
	outcomes: readonly SyncOutcome[]
): { queue: QueuedDropoff[]; decided: SyncOutcome[] } {
	const byId = new Map(outcomes.map((o) => [o.id, o]));
	const decided: SyncOutcome[] = [];
	const rest: QueuedDropoff[] = [];
	for (const item of dedupe(queue)) {
		const outcome = byId.get(item.id);
		if (!outcome) rest.push(item);
		else if (outcome.status === 'retry') rest.push({ ...item, attempts: item.attempts + 1 });
		else decided.push(outcome);
	}
	return { queue: rest, decided };
}

/** Seconds to wait before the next try: doubling from 2 s, at most 5 minutes. */
export function backoffSeconds(attempts: number): number {
	return Math.min(300, 2 ** Math.min(Math.max(attempts, 0) + 1, 9));
}
