import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../helpers/db';
import { confirmVoucher } from '../../../web/src/lib/server/redemption/counter.service';
import { createOffer, setOfferStatus } from '../../../web/src/lib/server/redemption/offers.service';
import {
	applyAsPartner,
	decideApplication
} from '../../../web/src/lib/server/redemption/partners.service';
import { redeemOffer } from '../../../web/src/lib/server/redemption/redeem.service';
import { endVoucher } from '../../../web/src/lib/server/redemption/void-voucher';
import { balanceOf, fund, makeCommunity, makeUser, testDeps } from './fixtures';

const db = await createTestDatabase({ max: 30 });
const deps = testDeps(db.sql);

async function liveOffer(stock: number | null) {
	const community = await makeCommunity(db.sql, `社区${Math.random()}`);
	const manager = await makeUser(db.sql, { communityId: community.id });
	const applied = await applyAsPartner(deps, manager.id, {
		name: '小店',
		licenceNo: `L${Math.random()}`,
		contactName: '李',
		contactPhone: '13800000001',
		address: '路',
		categories: [],
		communityIds: [community.id]
	});
	if (!applied.ok) throw new Error(applied.error);
	const partnerId = applied.value.partnerId;
	await decideApplication(deps, manager.id, {
		partnerId,
		communityId: community.id,
		approve: true,
		reason: null
	});
	const now = Date.now();
	const offer = await createOffer(deps, partnerId, {
		title: '早餐',
		description: '',
		category: 'food',
		pricePoints: 10,
		stock,
		monthlyLimit: 1,
		validFrom: new Date(now - 60_000),
		validUntil: new Date(now + 30 * 86_400_000),
		voucherDays: 14,
		communityIds: [community.id]
	});
	if (!offer.ok) throw new Error(offer.error);
	await setOfferStatus(deps, partnerId, offer.value.id, 'live');
	return { community, partnerId, manager, offerId: offer.value.id };
}

describe('redemptions under concurrency', () => {
	it('should issue exactly 10 vouchers for 100 concurrent redemptions of a stock of 10', async () => {
		const { community, offerId } = await liveOffer(10);
		const residents = await Promise.all(
			Array.from({ length: 100 }, () => makeUser(db.sql, { communityId: community.id }))
		);
		for (const r of residents) await fund(deps, r.id, community.id, 50);
		const results = await Promise.all(
			residents.map((r) =>
				redeemOffer(
					deps,
					{ id: r.id, communityId: community.id, status: 'verified' },
					{ offerId, requestKey: 'once' }
				)
			)
		);
		expect(results.filter((r) => r.ok)).toHaveLength(10);
		expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error === 'out_of_stock')).toBe(
			true
		);
		const [counts] = await db.sql`select
			(select count(*)::int from vouchers where offer_id = ${offerId} and status = 'issued') as issued,
			(select redeemed from offers where id = ${offerId}) as redeemed,
			(select coalesce(sum(debits_pending), 0)::int from ledger_accounts where owner_type = 'user' and kind = 'resident'
				and owner_id in ${db.sql(residents.map((r) => r.id))}) as held`;
		expect(counts).toEqual({ issued: 10, redeemed: 10, held: 100 });
	});

	it('should decide each request of one batch on its own, as if they came one at a time', async () => {
		const { community, offerId } = await liveOffer(null); // monthly limit 1
		const [twice, sameKey, poor, waiting] = await Promise.all(
			[0, 1, 2, 3].map(() => makeUser(db.sql, { communityId: community.id }))
		);
		if (!twice || !sameKey || !poor || !waiting) throw new Error('no residents');
		for (const [r, points] of [
			[twice, 25],
			[sameKey, 15],
			[poor, 5],
			[waiting, 15]
		] as const) {
			await fund(deps, r.id, community.id, points);
		}
		const as = (r: { id: number }, status = 'verified') => ({
			id: r.id,
			communityId: community.id,
			status
		});
		// Asked in the same turn: one batch.
		const results = await Promise.all([
			redeemOffer(deps, as(twice), { offerId, requestKey: 'a' }),
			redeemOffer(deps, as(twice), { offerId, requestKey: 'b' }),
			redeemOffer(deps, as(sameKey), { offerId, requestKey: 'k' }),
			redeemOffer(deps, as(sameKey), { offerId, requestKey: 'k' }),
			redeemOffer(deps, as(poor), { offerId, requestKey: 'p' }),
			redeemOffer(deps, as(waiting, 'pending'), { offerId, requestKey: 'w' })
		]);
		expect(results.map((r) => (r.ok ? r.value.status : r.error))).toEqual([
			'issued',
			'monthly_limit',
			'issued',
			'issued',
			'insufficient_points',
			'not_verified'
		]);
		const [first, , same, again] = results;
		expect(same?.ok && again?.ok && same.value.id === again.value.id).toBe(true);
		expect(first?.ok && first.value.code).toMatch(/^[A-Z0-9]{8}$/);
		const [row] = await db.sql`select
			(select count(*)::int from vouchers where offer_id = ${offerId} and status = 'issued') as issued,
			(select coalesce(sum(count), 0)::int from redemption_counts where offer_id = ${offerId}) as counted`;
		expect(row).toEqual({ issued: 2, counted: 2 });
	});

	it('should keep stock exact when two app instances redeem the same offer at once', async () => {
		const { community, offerId } = await liveOffer(10);
		const other = postgres(db.url, { max: 10, onnotice: () => {} });
		afterAll(() => other.end());
		const otherDeps = testDeps(other);
		const residents = await Promise.all(
			Array.from({ length: 60 }, () => makeUser(db.sql, { communityId: community.id }))
		);
		for (const r of residents) await fund(deps, r.id, community.id, 10);
		const results = await Promise.all(
			residents.map((r, i) =>
				redeemOffer(
					i % 2 ? deps : otherDeps,
					{ id: r.id, communityId: community.id, status: 'verified' },
					{ offerId, requestKey: 'both' }
				)
			)
		);
		expect(results.filter((r) => r.ok)).toHaveLength(10);
		const [row] = await db.sql`select redeemed,
			(select count(*)::int from vouchers where offer_id = ${offerId} and status = 'issued') as issued
			from offers where id = ${offerId}`;
		expect(row).toEqual({ redeemed: 10, issued: 10 });
	});

	it('should capture a voucher once when two counters confirm at the same moment', async () => {
		const { community, partnerId, manager, offerId } = await liveOffer(null);
		const resident = await makeUser(db.sql, { communityId: community.id });
		await fund(deps, resident.id, community.id, 10);
		const v = await redeemOffer(
			deps,
			{ id: resident.id, communityId: community.id, status: 'verified' },
			{ offerId, requestKey: 'x' }
		);
		if (!v.ok) throw new Error(v.error);
		const staff = { userId: manager.id, partnerId };
		const results = await Promise.all([
			confirmVoucher(deps, staff, v.value.code),
			confirmVoucher(deps, staff, v.value.code),
			endVoucher(deps, v.value.id, 'cancelled', resident.id)
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		const receivable = await balanceOf(deps, 'partner', partnerId, 'partner_receivable');
		const own = await balanceOf(deps, 'user', resident.id, 'resident');
		// Either the partner got the 10 points, or the resident kept them: never both, never neither.
		expect(receivable.posted + own.available).toBe(10);
		const transfers =
			await db.sql`select kind from ledger_transfers where reference like ${`voucher:${v.value.id}%`} order by seq`;
		expect(transfers.map((t) => t.kind)).toHaveLength(2);
	});
});
