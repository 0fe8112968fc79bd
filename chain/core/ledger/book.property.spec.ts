import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availableBalance, newAccount, postedBalance, type Account } from './accounts';
import { emptyBook, execute, type Book, type Command } from './book';

const ACCOUNTS: Account[] = [
	newAccount('issue-p', 'POINT', 'community_issuance', null),
	newAccount('a-p', 'POINT', 'resident', 0),
	newAccount('b-p', 'POINT', 'resident', 0),
	newAccount('pool-p', 'POINT', 'community_pool', 0),
	newAccount('issue-h', 'HOUR', 'community_issuance', null),
	newAccount('a-h', 'HOUR', 'resident', -600),
	newAccount('b-h', 'HOUR', 'resident', -60)
];
const IDS = ACCOUNTS.map((a) => a.id);

/** Random commands over a small id space, so holds and reversals often name real transfers. */
const command = (n: number): fc.Arbitrary<Command> => {
	const id = `x${n}`;
	const ref = fc.nat({ max: Math.max(0, n - 1) }).map((i) => `x${i}`);
	const pair = {
		debitAccountId: fc.constantFrom(...IDS),
		creditAccountId: fc.constantFrom(...IDS),
		asset: fc.constantFrom('HOUR' as const, 'POINT' as const),
		amount: fc.oneof(fc.integer({ min: -5, max: 400 }), fc.constant(0.5))
	};
	return fc.oneof(
		fc.record({ op: fc.constant('transfer' as const), id: fc.constant(id), ...pair }),
		fc.record({
			op: fc.constant('hold' as const),
			id: fc.constant(id),
			...pair,
			expiresAt: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null })
		}),
		fc.record({
			op: fc.constant('capture' as const),
			id: fc.constant(id),
			holdId: ref,
			amount: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined })
		}),
		fc.record({ op: fc.constant('void' as const), id: fc.constant(id), holdId: ref }),
		fc.record({ op: fc.constant('reverse' as const), id: fc.constant(id), transferId: ref })
	);
};

const commands = fc
	.integer({ min: 1, max: 80 })
	.chain((length) => fc.tuple(...Array.from({ length }, (_, i) => command(i))));

function freshBook(): Book {
	const book = emptyBook();
	for (const a of ACCOUNTS) book.accounts.set(a.id, a);
	return book;
}

describe('ledger invariants under random operations', () => {
	it('should never break a floor, always conserve each asset, and resolve a hold at most once', () => {
		fc.assert(
			fc.property(commands, (list) => {
				const book = freshBook();
				const resolvedHolds: string[] = [];
				list.forEach((c, time) => {
					const result = execute(book, c, time);
					if (result.ok && result.value.transfer.pendingId) {
						resolvedHolds.push(result.value.transfer.pendingId);
					}
				});
				for (const a of book.accounts.values()) {
					if (a.floor !== null) expect(availableBalance(a)).toBeGreaterThanOrEqual(a.floor);
					for (const total of [
						a.debitsPosted,
						a.creditsPosted,
						a.debitsPending,
						a.creditsPending
					]) {
						expect(total).toBeGreaterThanOrEqual(0);
					}
				}
				for (const asset of ['HOUR', 'POINT']) {
					const of = [...book.accounts.values()].filter((a) => a.asset === asset);
					expect(of.reduce((s, a) => s + postedBalance(a), 0)).toBe(0);
					expect(of.reduce((s, a) => s + a.debitsPending - a.creditsPending, 0)).toBe(0);
				}
				expect(new Set(resolvedHolds).size).toBe(resolvedHolds.length);
				// Whatever is still held equals the open holds, so nothing leaks out of pending.
				const open = [...book.transfers.values()].filter(
					(t) => t.pending && !book.resolutions.has(t.id)
				);
				const held = [...book.accounts.values()].reduce((s, a) => s + a.debitsPending, 0);
				expect(open.reduce((s, t) => s + t.amount, 0)).toBe(held);
			}),
			{ numRuns: 300, seed: 20261121 }
		);
	});
});
