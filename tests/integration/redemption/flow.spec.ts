import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../helpers/db';
import {
	confirmVoucher,
	lookupVoucher
} from '../../../web/src/lib/server/redemption/counter.service';
import { expireVouchers } from '../../../web/src/lib/server/redemption/expiry.job';
import { createOffer, setOfferStatus } from '../../../web/src/lib/server/redemption/offers.service';
import {
	applyAsPartner,
	decideApplication
} from '../../../web/src/lib/server/redemption/partners.service';
import { payStatement } from '../../../web/src/lib/server/redemption/pay-statement';
import { reconcile } from '../../../web/src/lib/server/redemption/reconciliation.service';
import { redeemOffer } from '../../../web/src/lib/server/redemption/redeem.service';
import {
	approveStatement,
	generateStatements,
	statementById,
	statementLines
} from '../../../web/src/lib/server/redemption/settlement.service';
import { cancelVoucher } from '../../../web/src/lib/server/redemption/void-voucher';
import { balanceOf, fund, makeCommunity, makeUser, testDeps } from './fixtures';

const db = await createTestDatabase();
const deps = testDeps(db.sql, { clock: { now: new Date('2026-03-10T02:00:00Z') } });
const DAY = 24 * 60 * 60 * 1000;
let community: { id: number; path: string };
let other: { id: number; path: string };
let partnerId: number;
let manager: { id: number };
let committee: { id: number };
let offerId: number;

const offerInput = (
	communityIds: number[],
	extra: Partial<Parameters<typeof createOffer>[2]> = {}
) => ({
	title: '理发一次',
	description: '男女老少都可以',
	category: 'haircut',
	pricePoints: 300,
	stock: 5,
	monthlyLimit: 2,
	validFrom: new Date('2026-03-01T00:00:00Z'),
	validUntil: new Date('2026-06-01T00:00:00Z'),
	voucherDays: 14,
	communityIds,
	...extra
});

beforeAll(async () => {
	community = await makeCommunity(db.sql, '花园社区');
	other = await makeCommunity(db.sql, '河边社区');
	manager = await makeUser(db.sql, { communityId: community.id, name: '黄志强' });
	committee = await makeUser(db.sql, { communityId: community.id, name: '陈主任' });
});

describe('partner onboarding', () => {
	it('should create a pending partner with its applicant as manager', async () => {
		const applied = await applyAsPartner(deps, manager.id, {
			name: '好运理发店',
			licenceNo: '91440101MA5XXXXX1',
			contactName: '黄志强',
			contactPhone: '13800000006',
			address: '花园路1号',
			categories: ['haircut'],
			communityIds: [community.id, other.id]
		});
		expect(applied.ok).toBe(true);
		partnerId = applied.ok ? applied.value.partnerId : 0;
		const again = await applyAsPartner(deps, manager.id, {
			name: '另一家',
			licenceNo: '91440101MA5XXXXX1',
			contactName: 'x',
			contactPhone: '13800000007',
			address: 'y',
			categories: [],
			communityIds: [community.id]
		});
		expect(again).toEqual({ ok: false, error: 'licence_taken' });
	});

	it('should approve per community and grant the partner role there only', async () => {
		expect(
			await decideApplication(deps, committee.id, {
				partnerId,
				communityId: community.id,
				approve: true,
				reason: null
			})
		).toEqual({ ok: true, value: undefined });
		expect(
			await decideApplication(deps, committee.id, {
				partnerId,
				communityId: other.id,
				approve: false,
				reason: '证照不全'
			})
		).toEqual({ ok: true, value: undefined });
		expect(
			await decideApplication(deps, committee.id, {
				partnerId,
				communityId: community.id,
				approve: false,
				reason: 'x'
			})
		).toEqual({ ok: false, error: 'already_decided' });
		const grants =
			await db.sql`select node_id from role_grants where user_id = ${manager.id} and role = 'partner'`;
		expect(grants.map((g) => g.node_id)).toEqual([community.id]);
	});

	it('should refuse an offer in a community the partner is not approved for', async () => {
		expect(await createOffer(deps, partnerId, offerInput([other.id]))).toEqual({
			ok: false,
			error: 'community_not_approved'
		});
		const created = await createOffer(deps, partnerId, offerInput([community.id]));
		expect(created.ok).toBe(true);
		offerId = created.ok ? created.value.id : 0;
	});
});

describe('redeem, counter, cancel and expiry', () => {
	let resident: { id: number };

	beforeAll(async () => {
		resident = await makeUser(db.sql, { communityId: community.id });
		await fund(deps, resident.id, community.id, 1000);
	});

	it('should refuse a draft offer, then hold points for a live one', async () => {
		const who = { id: resident.id, communityId: community.id, status: 'verified' };
		expect(await redeemOffer(deps, who, { offerId, requestKey: 'k0' })).toEqual({
			ok: false,
			error: 'offer_not_live'
		});
		await setOfferStatus(deps, partnerId, offerId, 'live');
		const voucher = await redeemOffer(deps, who, { offerId, requestKey: 'k1' });
		expect(voucher.ok && voucher.value.status).toBe('issued');
		expect(voucher.ok && voucher.value.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
		expect(await balanceOf(deps, 'user', resident.id, 'resident')).toEqual({
			posted: 1000,
			available: 700
		});
		// The same request key again is the same voucher, not a second hold.
		const replay = await redeemOffer(deps, who, { offerId, requestKey: 'k1' });
		expect(replay.ok && voucher.ok && replay.value.id === voucher.value.id).toBe(true);
		expect(deps.events.some((e) => e.channel === `private-partner-${partnerId}-counter`)).toBe(
			true
		);
	});

	it('should refuse other communities, unverified residents, the monthly limit and short balances', async () => {
		const outsider = await makeUser(db.sql, { communityId: other.id });
		expect(
			await redeemOffer(
				deps,
				{ id: outsider.id, communityId: other.id, status: 'verified' },
				{ offerId, requestKey: 'a' }
			)
		).toEqual({ ok: false, error: 'not_in_community' });
		expect(
			await redeemOffer(
				deps,
				{ id: outsider.id, communityId: community.id, status: 'unverified' },
				{ offerId, requestKey: 'b' }
			)
		).toEqual({ ok: false, error: 'not_verified' });
		const who = { id: resident.id, communityId: community.id, status: 'verified' };
		expect((await redeemOffer(deps, who, { offerId, requestKey: 'k2' })).ok).toBe(true);
		expect(await redeemOffer(deps, who, { offerId, requestKey: 'k3' })).toEqual({
			ok: false,
			error: 'monthly_limit'
		});
		const poor = await makeUser(db.sql, { communityId: community.id });
		await fund(deps, poor.id, community.id, 299);
		expect(
			await redeemOffer(
				deps,
				{ id: poor.id, communityId: community.id, status: 'verified' },
				{ offerId, requestKey: 'p' }
			)
		).toEqual({ ok: false, error: 'insufficient_points' });
		const [offer] = await db.sql`select redeemed from offers where id = ${offerId}`;
		expect(offer?.redeemed).toBe(2);
	});

	it('should confirm at the counter once, and refuse forged and foreign codes', async () => {
		const [v] = await db.sql<
			{ id: string; code: string }[]
		>`select id, code from vouchers where user_id = ${resident.id} and request_key = 'k1'`;
		const seen = await lookupVoucher(deps, partnerId, v!.code.toLowerCase());
		expect(seen.ok && seen.value).toMatchObject({
			offerTitle: '理发一次',
			points: 300,
			residentName: '王**'
		});
		expect(await lookupVoucher(deps, partnerId, 'ABCDEFGH')).toEqual({
			ok: false,
			error: 'malformed'
		});
		expect(await lookupVoucher(deps, partnerId + 1000, v!.code)).toEqual({
			ok: false,
			error: 'other_partner'
		});
		const staff = { userId: manager.id, partnerId };
		const [first, second] = await Promise.all([
			confirmVoucher(deps, staff, v!.code),
			confirmVoucher(deps, staff, v!.code)
		]);
		expect([first.ok, second.ok].sort()).toEqual([false, true]);
		expect([first, second].find((r) => !r.ok)).toEqual({ ok: false, error: 'already_used' });
		expect(await balanceOf(deps, 'user', resident.id, 'resident')).toEqual({
			posted: 700,
			available: 400
		});
		expect(await balanceOf(deps, 'partner', partnerId, 'partner_receivable')).toEqual({
			posted: 300,
			available: 300
		});
	});

	it('should let the resident cancel an unused voucher and return points and stock', async () => {
		const [v] = await db.sql<
			{ id: string }[]
		>`select id from vouchers where user_id = ${resident.id} and request_key = 'k2'`;
		const stranger = await makeUser(db.sql, { communityId: community.id });
		expect(await cancelVoucher(deps, stranger.id, v!.id)).toEqual({
			ok: false,
			error: 'voucher_not_found'
		});
		expect(await cancelVoucher(deps, resident.id, v!.id)).toEqual({ ok: true, value: undefined });
		expect(await cancelVoucher(deps, resident.id, v!.id)).toEqual({
			ok: false,
			error: 'not_cancellable'
		});
		expect(await balanceOf(deps, 'user', resident.id, 'resident')).toEqual({
			posted: 700,
			available: 700
		});
		const [offer] = await db.sql`select redeemed from offers where id = ${offerId}`;
		expect(offer?.redeemed).toBe(1);
	});

	it('should void expired vouchers in the scheduled job, and refuse them at the counter', async () => {
		const who = { id: resident.id, communityId: community.id, status: 'verified' };
		const voucher = await redeemOffer(deps, who, { offerId, requestKey: 'k4' });
		if (!voucher.ok) throw new Error(voucher.error);
		deps.clock.now = new Date(deps.clock.now.getTime() + 15 * DAY);
		expect(
			await confirmVoucher(deps, { userId: manager.id, partnerId }, voucher.value.code)
		).toEqual({ ok: false, error: 'expired' });
		expect(await expireVouchers(deps)).toEqual({ expired: 1, repaired: 0 });
		expect(await expireVouchers(deps)).toEqual({ expired: 0, repaired: 0 });
		const [row] = await db.sql`select status, void_id from vouchers where id = ${voucher.value.id}`;
		expect(row?.status).toBe('expired');
		expect(row?.void_id).not.toBeNull();
		expect(await balanceOf(deps, 'user', resident.id, 'resident')).toEqual({
			posted: 700,
			available: 700
		});
	});
});

describe('settlement', () => {
	let statementId: number;

	it('should make one statement for the captured points at the community rate', async () => {
		await db.sql`insert into community_redemption_settings (community_id, points_per_yuan) values (${community.id}, 200)`;
		const ids = await generateStatements(deps, { mode: 'to-date' });
		expect(ids).toHaveLength(1);
		statementId = ids[0]!;
		expect(await generateStatements(deps, { mode: 'to-date' })).toEqual([]);
		const s = await statementById(deps, statementId);
		expect(s).toMatchObject({ points: 300, cents: 150, pointsPerYuan: 200, status: 'draft' });
		expect(await statementLines(deps, statementId)).toHaveLength(1);
	});

	it('should pay only an approved statement, once, and move the receivable', async () => {
		expect(
			await payStatement(deps, committee.id, statementId, { method: 'manual', reference: 'BANK-1' })
		).toEqual({ ok: false, error: 'not_approved' });
		expect(await approveStatement(deps, committee.id, statementId)).toEqual({
			ok: true,
			value: undefined
		});
		expect(
			await payStatement(deps, committee.id, statementId, { method: 'manual', reference: ' ' })
		).toEqual({ ok: false, error: 'reference_required' });
		expect(await payStatement(deps, committee.id, statementId, { method: 'stripe' })).toEqual({
			ok: false,
			error: 'stripe_unavailable'
		});
		const pays = await Promise.all([
			payStatement(deps, committee.id, statementId, { method: 'manual', reference: 'BANK-1' }),
			payStatement(deps, committee.id, statementId, { method: 'manual', reference: 'BANK-1' })
		]);
		expect(pays.filter((p) => p.ok)).toHaveLength(1);
		expect(pays.find((p) => !p.ok)).toEqual({ ok: false, error: 'already_paid' });
		for (const why of [
			'not_approved',
			'reference_required',
			'stripe_unavailable',
			'already_paid'
		]) {
			expect(deps.warnings).toContain(`pay statement refused: ${why}`);
		}
		expect(await balanceOf(deps, 'partner', partnerId, 'partner_receivable')).toEqual({
			posted: 0,
			available: 0
		});
		expect(await balanceOf(deps, 'platform', 0, 'platform_settlement')).toEqual({
			posted: 300,
			available: 300
		});
		const [p] = (await reconcile(deps)).filter((r) => r.partnerId === partnerId);
		expect(p).toMatchObject({
			capturedLedger: 300,
			capturedVouchers: 300,
			settledLedger: 300,
			paidStatements: 300,
			paidCents: 150,
			receivable: 0,
			unpaid: 0,
			statementsOff: [],
			mismatches: []
		});
	});

	it('should show a mismatch when the books disagree', async () => {
		await db.sql`alter table vouchers disable trigger all`;
		const [v] = await db.sql<
			{ id: string }[]
		>`select id from vouchers where status = 'used' limit 1`;
		await db.sql`update vouchers set points = points + 1 where id = ${v!.id}`;
		const [p] = (await reconcile(deps)).filter((r) => r.partnerId === partnerId);
		expect(p?.mismatches).toContain('captured');
		// The voucher no longer adds up to its statement either.
		expect(p?.statementsOff).toEqual([statementId]);
		await db.sql`update vouchers set points = points - 1 where id = ${v!.id}`;
	});

	it('should show a statement whose amount is not its points at its rate', async () => {
		await db.sql`alter table settlement_statements disable trigger all`;
		await db.sql`update settlement_statements set cents = cents + 1 where id = ${statementId}`;
		const [p] = (await reconcile(deps)).filter((r) => r.partnerId === partnerId);
		expect(p).toMatchObject({ statementsOff: [statementId], mismatches: ['statements'] });
		await db.sql`update settlement_statements set cents = cents - 1 where id = ${statementId}`;
		await db.sql`alter table settlement_statements enable trigger all`;
		const [fixed] = (await reconcile(deps)).filter((r) => r.partnerId === partnerId);
		expect(fixed?.mismatches).toEqual([]);
	});
});
