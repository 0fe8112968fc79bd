import { beforeAll, describe, expect, it } from 'vitest';
import {
	captureHold,
	confirmVoucher
} from '../../../web/src/lib/server/redemption/counter.service';
import { expireVouchers } from '../../../web/src/lib/server/redemption/expiry.job';
import { redeemOffer } from '../../../web/src/lib/server/redemption/redeem.service';
import { cancelVoucher } from '../../../web/src/lib/server/redemption/void-voucher';
import { voucherById } from '../../../web/src/lib/server/redemption/vouchers.repository';
import { createTestDatabase } from '../../helpers/db';
import { balanceOf, testDeps } from './fixtures';
import { liveOffer } from './live-offer';

const db = await createTestDatabase();
const deps = testDeps(db.sql, { clock: { now: new Date('2026-03-10T02:00:00Z') } });
const DAY = 24 * 60 * 60 * 1000;
let world: Awaited<ReturnType<typeof liveOffer>>;

const inbox = (voucherId: string) =>
	db.sql<{ type: string; params: string; link: string }[]>`
		select type, params::text as params, link from notifications
		where user_id = ${world.resident.id} and link = ${`/vouchers/${voucherId}`} order by id`;
const liveNotices = () =>
	deps.events.filter(
		(e) => e.channel === `private-user-${world.resident.id}` && e.event === 'notification'
	);

async function redeem(key: string) {
	const v = await redeemOffer(deps, world.resident, { offerId: world.offerId, requestKey: key });
	if (!v.ok) throw new Error(v.error);
	return v.value;
}

beforeAll(async () => {
	world = await liveOffer(deps);
});

describe('voucher notices', () => {
	it('should tell the resident once when the counter uses the voucher, also live', async () => {
		const v = await redeem('used');
		const staff = { userId: world.manager.id, partnerId: world.partnerId };
		const results = await Promise.all([
			confirmVoucher(deps, staff, v.code),
			confirmVoucher(deps, staff, v.code)
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		// A replayed capture (the expiry job finishing interrupted work) records nothing new.
		const used = await voucherById(db.sql, v.id);
		await captureHold(deps, used!, 0);
		const rows = await inbox(v.id);
		expect(rows).toHaveLength(1);
		expect(rows[0]!.type).toBe('voucher_used');
		expect(JSON.parse(rows[0]!.params)).toEqual({
			offer: '理发一次',
			partner: '好运理发店',
			points: 300
		});
		const live = liveNotices();
		expect(live).toHaveLength(1);
		expect(live[0]!.data).toMatchObject({
			type: 'voucher_used',
			link: `/vouchers/${v.id}`,
			params: { offer: '理发一次', points: 300 }
		});
	});

	it('should say nothing when residents cancel their own voucher', async () => {
		const v = await redeem('own-cancel');
		expect(await cancelVoucher(deps, world.resident.id, v.id)).toEqual({
			ok: true,
			value: undefined
		});
		expect(await inbox(v.id)).toEqual([]);
	});

	it('should tell the resident once that an expired voucher gave the points back', async () => {
		const v = await redeem('expires');
		const before = await balanceOf(deps, 'user', world.resident.id, 'resident');
		deps.clock.now = new Date(deps.clock.now.getTime() + 15 * DAY);
		expect((await expireVouchers(deps)).expired).toBe(1);
		await expireVouchers(deps);
		const rows = await inbox(v.id);
		expect(rows.map((r) => [r.type, JSON.parse(r.params)])).toEqual([
			['voucher_expired', { offer: '理发一次', points: 300 }]
		]);
		const after = await balanceOf(deps, 'user', world.resident.id, 'resident');
		expect(after.available - before.available).toBe(300);
	});

	it('should tell once when the expiry job finishes a void a crash interrupted', async () => {
		const v = await redeem('crashed');
		// The claim committed (issued → expired), then the process died before the void.
		// (created_at is the database's own clock; date it by the test's clock.)
		await db.sql`update vouchers set status = 'expired', created_at = ${deps.clock.now.toISOString()}
			where id = ${v.id}`;
		deps.clock.now = new Date(deps.clock.now.getTime() + 10 * 60 * 1000);
		expect((await expireVouchers(deps)).repaired).toBe(1);
		expect((await expireVouchers(deps)).repaired).toBe(0);
		expect((await inbox(v.id)).map((r) => r.type)).toEqual(['voucher_expired']);
		const [row] = await db.sql`select void_id from vouchers where id = ${v.id}`;
		expect(row?.void_id).not.toBeNull();
	});
});
