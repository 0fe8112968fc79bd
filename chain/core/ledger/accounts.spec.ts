import { describe, expect, it } from 'vitest';
import {
	availableBalance,
	breaksFloor,
	checkFloor,
	floorFor,
	newAccount,
	postedBalance,
	type AccountKind,
	type Asset
} from './accounts';

describe('floorFor', () => {
	const cases: [AccountKind, Asset, number | undefined, unknown][] = [
		['resident', 'POINT', undefined, { ok: true, value: 0 }],
		['resident', 'HOUR', undefined, { ok: true, value: -600 }],
		['resident', 'HOUR', -120, { ok: true, value: -120 }],
		['resident', 'HOUR', 30, { ok: false, error: 'invalid_floor' }],
		['resident', 'HOUR', -1.5, { ok: false, error: 'invalid_floor' }],
		['community_issuance', 'HOUR', undefined, { ok: true, value: null }],
		['sponsor_funding', 'POINT', undefined, { ok: true, value: null }],
		['community_pool', 'POINT', undefined, { ok: true, value: 0 }],
		['care_pool', 'HOUR', undefined, { ok: true, value: 0 }],
		['partner_receivable', 'HOUR', undefined, { ok: false, error: 'asset_not_allowed_for_kind' }]
	];
	it.each(cases)('should give %s %s (limit %s) → %j', (kind, asset, limit, expected) => {
		expect(floorFor(kind, asset, limit)).toEqual(expected);
	});
});

describe('checkFloor', () => {
	it('should allow an unbounded floor only for issuance and funding accounts', () => {
		expect(checkFloor('community_issuance', 'POINT', null)).toEqual({ ok: true, value: null });
		expect(checkFloor('resident', 'POINT', null)).toEqual({ ok: false, error: 'invalid_floor' });
		expect(checkFloor('resident', 'POINT', 5)).toEqual({ ok: false, error: 'invalid_floor' });
		expect(checkFloor('resident', 'HOUR', -300)).toEqual({ ok: true, value: -300 });
	});
});

describe('balances', () => {
	it('should derive posted and available balances from the four totals', () => {
		const a = {
			...newAccount('a', 'POINT', 'resident', 0),
			creditsPosted: 100,
			debitsPosted: 30,
			debitsPending: 20,
			creditsPending: 7
		};
		expect(postedBalance(a)).toBe(70);
		expect(availableBalance(a)).toBe(50);
		expect(breaksFloor(a, 50)).toBe(false);
		expect(breaksFloor(a, 51)).toBe(true);
		expect(breaksFloor({ ...a, floor: null }, 1_000_000)).toBe(false);
	});
});
