import { describe, expect, it } from 'vitest';
import {
	checkRedeem,
	isVoucherUsable,
	monthKey,
	voucherExpiry,
	type OfferTerms,
	type Redeemer
} from './redeem-rules';

const now = new Date('2026-01-15T04:00:00Z');
const offer: OfferTerms = {
	status: 'live',
	validFrom: new Date('2026-01-01T00:00:00Z'),
	validUntil: new Date('2026-06-01T00:00:00Z'),
	communityIds: [7],
	stock: 10,
	redeemed: 3,
	monthlyLimit: 2,
	pricePoints: 50
};
const who: Redeemer = { verified: true, communityId: 7, takenThisMonth: 0, availablePoints: 50 };

describe('checkRedeem', () => {
	it.each([
		['a redeemable offer', {}, {}, null],
		['a paused offer', { status: 'paused' }, {}, 'offer_not_live'],
		['before the window', { validFrom: new Date('2026-02-01') }, {}, 'offer_not_live'],
		['after the window', { validUntil: now }, {}, 'offer_not_live'],
		['an unverified resident', {}, { verified: false }, 'not_verified'],
		['another community', {}, { communityId: 8 }, 'not_in_community'],
		['no community', {}, { communityId: null }, 'not_in_community'],
		['no stock left', { redeemed: 10 }, {}, 'out_of_stock'],
		['unlimited stock', { stock: null, redeemed: 999 }, {}, null],
		['the monthly limit reached', {}, { takenThisMonth: 2 }, 'monthly_limit'],
		['no monthly limit', { monthlyLimit: null }, { takenThisMonth: 99 }, null],
		['one point short', {}, { availablePoints: 49 }, 'insufficient_points']
	] as const)('%s', (_name, offerPatch, whoPatch, error) => {
		const result = checkRedeem({ ...offer, ...offerPatch }, { ...who, ...whoPatch }, now);
		expect(result.ok ? null : result.error).toBe(error);
	});
});

describe('monthKey', () => {
	it.each([
		['2026-01-31T15:59:59Z', '2026-01'],
		['2026-01-31T16:00:00Z', '2026-02'],
		['2025-12-31T23:00:00Z', '2026-01']
	])('%s → %s', (at, key) => {
		expect(monthKey(new Date(at))).toBe(key);
	});
});

describe('voucherExpiry', () => {
	it.each([
		[14, '2026-06-01T00:00:00Z', '2026-01-29T04:00:00.000Z'],
		[14, '2026-01-20T00:00:00Z', '2026-01-20T00:00:00.000Z'],
		[1, '2027-01-01T00:00:00Z', '2026-01-16T04:00:00.000Z']
	])('%i days, offer until %s → %s', (days, until, expected) => {
		expect(voucherExpiry(now, days, new Date(until)).toISOString()).toBe(expected);
	});
});

describe('isVoucherUsable', () => {
	const later = new Date(now.getTime() + 1000);
	it.each([
		['issued', later, true],
		['issued', now, false],
		['used', later, false],
		['cancelled', later, false],
		['expired', later, false]
	] as const)('%s, expiring %s → %s', (status, expiresAt, usable) => {
		expect(isVoucherUsable({ status, expiresAt }, now)).toBe(usable);
	});
});
