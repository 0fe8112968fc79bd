import type { Asset } from '$core/ledger';
import type { Sign } from './amounts';
import type { Worded } from './words';

/**
 * How an entry changed the balance, from the queried account's side:
 * - `posted`: it moved the balance (a transfer, a capture, a reversal);
 * - `held`: a hold, which only sets an amount aside until it is captured or voided;
 * - `released`: the void of a hold, which gives the set-aside amount back and moves nothing.
 */
export type EntryEffect = 'posted' | 'held' | 'released';

/** The facts of a ledger entry that decide how it reads. */
export interface EntryFacts {
	direction: 'in' | 'out';
	asset: Asset;
	kind: string;
	pending: boolean;
	resolution: 'capture' | 'void' | null;
	reversesId: string | null;
	/** For a hold: how it was resolved later, if it was. */
	holdOutcome: 'capture' | 'void' | null;
	/** Whether a later transfer reversed this one. */
	reversed: boolean;
}

export function entryEffect(e: Pick<EntryFacts, 'pending' | 'resolution'>): EntryEffect {
	if (e.pending) return 'held';
	return e.resolution === 'void' ? 'released' : 'posted';
}

/**
 * The sign before the amount. Only movements get one: a set-aside or returned amount never
 * changed the balance, so a "−" there would make a careful reader think it was taken twice.
 */
export function entrySign(e: Pick<EntryFacts, 'direction' | 'pending' | 'resolution'>): Sign {
	if (entryEffect(e) !== 'posted') return '';
	return e.direction === 'in' ? '+' : '−';
}

/** A short note under an entry when a plain amount would mislead; null when none is needed. */
export function entryNote(e: EntryFacts): Worded | null {
	const effect = entryEffect(e);
	if (effect === 'released') return { key: 'wallet.entry.released' };
	if (effect === 'held') {
		if (e.holdOutcome === 'capture') return { key: 'wallet.entry.holdCaptured' };
		if (e.holdOutcome === 'void') return { key: 'wallet.entry.holdVoided' };
		return { key: e.direction === 'out' ? 'wallet.entry.heldOut' : 'wallet.entry.heldIn' };
	}
	return e.reversed ? { key: 'wallet.entry.reversed' } : null;
}
