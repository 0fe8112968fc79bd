import type { ReceiptStatus } from '$core/journal';
import { durationWords } from './amounts';
import type { Worded } from './words';

/** A balance as the wallet shows it; `floor` null means no lower limit (community accounts). */
export interface BalanceFacts {
	posted: number;
	held: number;
	available: number;
	floor: number | null;
}

/**
 * The credit limit of an hour account in plain words: with nothing used in advance,
 * "您最多可以先用 10 小时"; once the balance is below zero, how much was used and how much is left.
 * Null when the account has no credit (points, or a floor of zero or none).
 */
export function creditWords(b: BalanceFacts): Worded | null {
	if (b.floor === null || b.floor >= 0) return null;
	const limit = durationWords(-b.floor);
	if (b.posted >= 0) return { key: 'wallet.credit.explain', params: { amount: limit } };
	const used = durationWords(-b.posted);
	const left = durationWords(Math.max(0, b.available - b.floor));
	return { key: 'wallet.credit.owing', params: { amount: used, left } };
}

/** The receipt status a resident sees. A journaled entry waits for its block, so it reads as pending. */
export function statusWords(status: ReceiptStatus): {
	key: Worded['key'];
	tone: 'neutral' | 'success';
} {
	if (status === 'pending' || status === 'journaled') {
		return { key: 'wallet.status.pending', tone: 'neutral' };
	}
	return { key: `wallet.status.${status}`, tone: 'success' };
}
