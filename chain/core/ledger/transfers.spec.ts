import { describe, expect, it } from 'vitest';
import { newAccount, type Account } from './accounts';
import { apply, emptyBook, execute, type Book, type Command } from './book';
import type { LedgerError } from './errors';

const NOW = 1_700_000_000_000;

/** A book with an issuance account, two residents holding 100 points, and an hour pair. */
function fixture(): Book {
	const book = emptyBook();
	const accounts: Account[] = [
		newAccount('issuer', 'POINT', 'community_issuance', null),
		{ ...newAccount('alice', 'POINT', 'resident', 0), creditsPosted: 100 },
		{ ...newAccount('bob', 'POINT', 'resident', 0), creditsPosted: 100 },
		newAccount('carol-h', 'HOUR', 'resident', -600),
		newAccount('dan-h', 'HOUR', 'resident', -600)
	];
	for (const a of accounts) book.accounts.set(a.id, a);
	return book;
}

const pay = (over: Partial<Extract<Command, { op: 'transfer' }>> = {}): Command => ({
	op: 'transfer',
	id: 't1',
	debitAccountId: 'alice',
	creditAccountId: 'bob',
	asset: 'POINT',
	amount: 10,
	...over
});

describe('transfer', () => {
	const refusals: [string, Command, LedgerError][] = [
		['zero amount', pay({ amount: 0 }), 'amount_not_positive_integer'],
		['negative amount', pay({ amount: -5 }), 'amount_not_positive_integer'],
		['fractional amount', pay({ amount: 1.5 }), 'amount_not_positive_integer'],
		['unsafe amount', pay({ amount: 2 ** 53 }), 'amount_not_positive_integer'],
		['same account', pay({ creditAccountId: 'alice' }), 'accounts_must_be_different'],
		['unknown debit', pay({ debitAccountId: 'nobody' }), 'account_not_found'],
		['unknown credit', pay({ creditAccountId: 'nobody' }), 'account_not_found'],
		['wrong asset', pay({ asset: 'HOUR' }), 'asset_mismatch'],
		['mixed assets', pay({ creditAccountId: 'carol-h' }), 'asset_mismatch'],
		['over balance', pay({ amount: 101 }), 'exceeds_floor'],
		[
			'hours beyond credit limit',
			pay({ debitAccountId: 'carol-h', creditAccountId: 'dan-h', asset: 'HOUR', amount: 601 }),
			'exceeds_floor'
		]
	];
	it.each(refusals)('should refuse %s', (_name, command, error) => {
		const book = fixture();
		const before = structuredClone(book);
		expect(execute(book, command, NOW)).toEqual({ ok: false, error });
		expect(book).toEqual(before);
	});

	it('should move posted amounts, down to the floor exactly', () => {
		const book = fixture();
		expect(execute(book, pay({ amount: 100 }), NOW).ok).toBe(true);
		expect(book.accounts.get('alice')?.debitsPosted).toBe(100);
		expect(book.accounts.get('bob')?.creditsPosted).toBe(200);
		const hours = pay({
			debitAccountId: 'carol-h',
			creditAccountId: 'dan-h',
			asset: 'HOUR',
			amount: 600
		});
		expect(execute(book, hours, NOW).ok).toBe(true);
	});
});

describe('holds', () => {
	const hold = (over: Partial<Extract<Command, { op: 'hold' }>> = {}): Command => ({
		op: 'hold',
		id: 'h1',
		debitAccountId: 'alice',
		creditAccountId: 'bob',
		asset: 'POINT',
		amount: 40,
		expiresAt: NOW + 1000,
		...over
	});

	it('should take a hold out of the available balance only', () => {
		const book = fixture();
		expect(execute(book, hold(), NOW).ok).toBe(true);
		expect(book.accounts.get('alice')).toMatchObject({ debitsPending: 40, debitsPosted: 0 });
		expect(execute(book, pay({ id: 't2', amount: 61 }), NOW)).toEqual({
			ok: false,
			error: 'exceeds_floor'
		});
		expect(execute(book, hold({ id: 'h0', expiresAt: NOW }), NOW)).toEqual({
			ok: false,
			error: 'expiry_not_in_future'
		});
	});

	const flows: [string, Command[], LedgerError | 'ok', Partial<Account>][] = [
		[
			'full capture',
			[{ op: 'capture', id: 'c', holdId: 'h1' }],
			'ok',
			{ debitsPosted: 40, debitsPending: 0 }
		],
		[
			'partial capture',
			[{ op: 'capture', id: 'c', holdId: 'h1', amount: 25 }],
			'ok',
			{ debitsPosted: 25, debitsPending: 0 }
		],
		['void', [{ op: 'void', id: 'v', holdId: 'h1' }], 'ok', { debitsPosted: 0, debitsPending: 0 }],
		[
			'capture over hold',
			[{ op: 'capture', id: 'c', holdId: 'h1', amount: 41 }],
			'capture_exceeds_hold',
			{ debitsPending: 40 }
		],
		[
			'capture zero',
			[{ op: 'capture', id: 'c', holdId: 'h1', amount: 0 }],
			'amount_not_positive_integer',
			{ debitsPending: 40 }
		],
		[
			'unknown hold',
			[{ op: 'capture', id: 'c', holdId: 'nope' }],
			'hold_not_found',
			{ debitsPending: 40 }
		],
		[
			'capture of a posted transfer',
			[pay({ id: 'p' }), { op: 'capture', id: 'c', holdId: 'p' }],
			'hold_not_found',
			{ debitsPending: 40 }
		],
		[
			'double capture',
			[
				{ op: 'capture', id: 'c', holdId: 'h1' },
				{ op: 'capture', id: 'c2', holdId: 'h1' }
			],
			'hold_already_captured',
			{ debitsPosted: 40 }
		],
		[
			'void after capture',
			[
				{ op: 'capture', id: 'c', holdId: 'h1' },
				{ op: 'void', id: 'v', holdId: 'h1' }
			],
			'hold_already_captured',
			{ debitsPosted: 40 }
		],
		[
			'capture after void',
			[
				{ op: 'void', id: 'v', holdId: 'h1' },
				{ op: 'capture', id: 'c', holdId: 'h1' }
			],
			'hold_already_voided',
			{ debitsPending: 0 }
		],
		[
			'double void',
			[
				{ op: 'void', id: 'v', holdId: 'h1' },
				{ op: 'void', id: 'v2', holdId: 'h1' }
			],
			'hold_already_voided',
			{ debitsPending: 0 }
		]
	];
	it.each(flows)('should handle %s', (_name, commands, expected, alice) => {
		const book = fixture();
		execute(book, hold(), NOW);
		const results = commands.map((c) => execute(book, c, NOW + 10));
		const last = results.at(-1);
		expect(last?.ok ? 'ok' : last?.error).toBe(expected);
		expect(book.accounts.get('alice')).toMatchObject(alice);
	});

	it('should refuse to capture an expired hold but let it be voided', () => {
		const book = fixture();
		execute(book, hold(), NOW);
		expect(execute(book, { op: 'capture', id: 'c', holdId: 'h1' }, NOW + 1000)).toEqual({
			ok: false,
			error: 'hold_expired'
		});
		const voided = execute(book, { op: 'void', id: 'v', holdId: 'h1' }, NOW + 1000);
		expect(voided.ok && voided.value.transfer).toMatchObject({
			amount: 40,
			pendingId: 'h1',
			resolution: 'void'
		});
	});
});

describe('reversal', () => {
	const reverse = (transferId: string, id = 'r1'): Command => ({ op: 'reverse', id, transferId });

	it('should move the same amount back, naming the original', () => {
		const book = fixture();
		execute(book, pay(), NOW);
		const result = execute(book, reverse('t1'), NOW);
		expect(result.ok && result.value.transfer).toMatchObject({
			debitAccountId: 'bob',
			creditAccountId: 'alice',
			amount: 10,
			reversesId: 't1'
		});
		expect(book.accounts.get('alice')).toMatchObject({ debitsPosted: 10, creditsPosted: 110 });
	});

	const refusals: [string, (book: Book) => void, string, LedgerError][] = [
		['an unknown transfer', () => {}, 'nope', 'transfer_not_found'],
		['twice', (b) => void execute(b, reverse('t1'), NOW), 't1', 'already_reversed'],
		['a reversal', (b) => void execute(b, reverse('t1'), NOW), 'r1', 'cannot_reverse_reversal'],
		[
			'a hold',
			(b) =>
				void execute(
					b,
					{
						op: 'hold',
						id: 'h',
						debitAccountId: 'alice',
						creditAccountId: 'bob',
						asset: 'POINT',
						amount: 5,
						expiresAt: null
					},
					NOW
				),
			'h',
			'cannot_reverse_pending'
		],
		[
			'when the payee has spent it',
			(b) =>
				void execute(
					b,
					pay({ id: 'spend', debitAccountId: 'bob', creditAccountId: 'issuer', amount: 110 }),
					NOW
				),
			't1',
			'exceeds_floor'
		]
	];
	it.each(refusals)('should refuse to reverse %s', (_name, setup, target, error) => {
		const book = fixture();
		execute(book, pay(), NOW);
		setup(book);
		expect(execute(book, reverse(target, 'r2'), NOW)).toEqual({ ok: false, error });
	});

	it('should reverse a capture, returning the captured amount', () => {
		const book = fixture();
		const hold: Command = {
			op: 'hold',
			id: 'h',
			debitAccountId: 'alice',
			creditAccountId: 'bob',
			asset: 'POINT',
			amount: 30,
			expiresAt: null
		};
		execute(book, hold, NOW);
		execute(book, { op: 'capture', id: 'c', holdId: 'h', amount: 20 }, NOW);
		expect(execute(book, reverse('c'), NOW).ok).toBe(true);
		expect(book.accounts.get('alice')).toMatchObject({
			debitsPosted: 20,
			creditsPosted: 120,
			debitsPending: 0
		});
	});
});

describe('apply', () => {
	it('should record resolutions and reversals', () => {
		const book = fixture();
		const effect = execute(book, pay(), NOW);
		expect(effect.ok).toBe(true);
		if (effect.ok) {
			apply(book, {
				...effect.value,
				transfer: { ...effect.value.transfer, id: 'x', reversesId: 't0' }
			});
		}
		expect(book.reversed.has('t0')).toBe(true);
	});
});
