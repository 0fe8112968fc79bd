import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { voucherCodeFrom } from '../../../web/src/lib/domain/redemption/voucher-code';
import {
	confirmVoucher,
	lookupVoucher
} from '../../../web/src/lib/server/redemption/counter.service';
import { redeemOffer } from '../../../web/src/lib/server/redemption/redeem.service';
import { cancelVoucher } from '../../../web/src/lib/server/redemption/void-voucher';
import { createTestDatabase } from '../../helpers/db';
import { makeCommunity, makeUser, testDeps } from './fixtures';
import { liveOffer } from './live-offer';

const db = await createTestDatabase();
const deps = testDeps(db.sql);
let shop: Awaited<ReturnType<typeof liveOffer>>;

/** The lines logged while `act` ran. */
async function logged(act: () => Promise<unknown>): Promise<string[]> {
	const from = deps.warnings.length;
	await act();
	return deps.warnings.slice(from);
}

beforeAll(async () => {
	shop = await liveOffer(deps);
});

describe('every refused redemption leaves a log line', () => {
	it('names the refusal of a resident who may not redeem', async () => {
		const elsewhere = await makeCommunity(db.sql, '河边社区');
		const outsider = await makeUser(db.sql, { communityId: elsewhere.id });
		const unverified = await makeUser(db.sql, {
			communityId: shop.community.id,
			status: 'unverified'
		});
		const broke = await makeUser(db.sql, { communityId: shop.community.id });
		const ask = (who: { id: number; communityId: number; status: string }) =>
			redeemOffer(deps, who, { offerId: shop.offerId, requestKey: crypto.randomUUID() });
		expect(
			await logged(() => ask({ ...outsider, communityId: elsewhere.id, status: 'verified' }))
		).toEqual(['redeem refused: not_in_community']);
		expect(
			await logged(() =>
				ask({ ...unverified, communityId: shop.community.id, status: 'unverified' })
			)
		).toEqual(['redeem refused: not_verified']);
		expect(
			await logged(() => ask({ ...broke, communityId: shop.community.id, status: 'verified' }))
		).toContain('redeem refused: insufficient_points');
		expect(
			await logged(() =>
				redeemOffer(deps, shop.resident, { offerId: 999_999, requestKey: crypto.randomUUID() })
			)
		).toEqual(['redeem refused: offer_not_found']);
	});

	it('names each code the counter refuses, and a second confirmation', async () => {
		const staff = { userId: shop.manager.id, partnerId: shop.partnerId };
		expect(await logged(() => lookupVoucher(deps, shop.partnerId, 'ABC'))).toEqual([
			'counter lookup refused: malformed'
		]);
		const forged = voucherCodeFrom(randomBytes(7));
		expect(await logged(() => lookupVoucher(deps, shop.partnerId, forged))).toEqual([
			'counter lookup refused: not_found'
		]);
		const voucher = await redeemOffer(deps, shop.resident, {
			offerId: shop.offerId,
			requestKey: crypto.randomUUID()
		});
		if (!voucher.ok) throw new Error(voucher.error);
		expect(await logged(() => lookupVoucher(deps, shop.partnerId + 1, voucher.value.code))).toEqual(
			['counter lookup refused: other_partner']
		);
		expect((await confirmVoucher(deps, staff, voucher.value.code)).ok).toBe(true);
		expect(await logged(() => confirmVoucher(deps, staff, voucher.value.code))).toEqual([
			'counter confirm refused: already_used'
		]);
		expect(await logged(() => lookupVoucher(deps, shop.partnerId, voucher.value.code))).toEqual([
			'counter lookup refused: already_used'
		]);
	});

	it('names a cancellation of someone else’s voucher or of a used one', async () => {
		const voucher = await redeemOffer(deps, shop.resident, {
			offerId: shop.offerId,
			requestKey: crypto.randomUUID()
		});
		if (!voucher.ok) throw new Error(voucher.error);
		expect(await logged(() => cancelVoucher(deps, shop.manager.id, voucher.value.id))).toEqual([
			'cancel refused: voucher_not_found'
		]);
		expect(
			await confirmVoucher(
				deps,
				{ userId: shop.manager.id, partnerId: shop.partnerId },
				voucher.value.code
			)
		).toMatchObject({ ok: true });
		expect(await logged(() => cancelVoucher(deps, shop.resident.id, voucher.value.id))).toEqual([
			'cancel refused: not_cancellable'
		]);
	});

	it('logs nothing for what succeeds', async () => {
		expect(
			await logged(() =>
				redeemOffer(deps, shop.resident, { offerId: shop.offerId, requestKey: crypto.randomUUID() })
			)
		).toEqual([]);
	});
});

describe('a hold the ledger refuses for a reason other than the balance', () => {
	it('tells the resident the account cannot be used, gives the stock back and logs it', async () => {
		const refusing = testDeps(db.sql);
		const shop = await liveOffer(refusing, '拒绝社区');
		// The posting service refusing as it would for an account it cannot use.
		refusing.ledger.hold = async () => ({ ok: false, error: 'account_not_found' });
		const [before] = await db.sql<{ redeemed: number }[]>`
			select redeemed from offers where id = ${shop.offerId}`;
		const refused = await redeemOffer(refusing, shop.resident, {
			offerId: shop.offerId,
			requestKey: crypto.randomUUID()
		});
		expect(refused).toEqual({ ok: false, error: 'ledger_refused' });
		const [after] = await db.sql<{ redeemed: number }[]>`
			select redeemed from offers where id = ${shop.offerId}`;
		expect(after!.redeemed).toBe(before!.redeemed);
		expect(refusing.warnings).toContain('redeem refused: ledger_refused');
	});
});
