import { describe, expect, it } from 'vitest';
import { confirmVoucher } from '../../../web/src/lib/server/redemption/counter.service';
import { redeemOffer } from '../../../web/src/lib/server/redemption/redeem.service';
import {
	generateStatements,
	statementById,
	statementLines
} from '../../../web/src/lib/server/redemption/settlement.service';
import { createTestDatabase } from '../../helpers/db';
import { testDeps } from './fixtures';
import { liveOffer } from './live-offer';

const db = await createTestDatabase();
/** China time, as the partner's counter would see it. */
const at = (local: string) => new Date(`${local}+08:00`);
const deps = testDeps(db.sql, { clock: { now: at('2026-05-05T10:00:00') } });

async function serveAt(shop: Awaited<ReturnType<typeof liveOffer>>, local: string) {
	deps.clock.now = at(local);
	const v = await redeemOffer(deps, shop.resident, {
		offerId: shop.offerId,
		requestKey: crypto.randomUUID()
	});
	if (!v.ok) throw new Error(v.error);
	const used = await confirmVoucher(
		deps,
		{ userId: shop.manager.id, partnerId: shop.partnerId },
		v.value.code
	);
	if (!used.ok) throw new Error(used.error);
	return v.value.id;
}

describe('the scheduled settlement run', () => {
	it('settles each closed week once, with the redemptions of that week only', async () => {
		deps.clock.now = at('2026-05-05T09:00:00');
		const shop = await liveOffer(deps, '周结社区');
		await db.sql`insert into community_redemption_settings (community_id, points_per_yuan, period)
			values (${shop.community.id}, 100, 'weekly')`;
		const tuesday = await serveAt(shop, '2026-05-05T10:00:00');
		const sunday = await serveAt(shop, '2026-05-10T23:30:00');
		const nextMonday = await serveAt(shop, '2026-05-11T00:30:00');

		// The run on Tuesday night closes the week of 4–10 May.
		deps.clock.now = at('2026-05-12T02:10:00');
		const first = await generateStatements(deps, { mode: 'closed' });
		expect(first).toHaveLength(1);
		expect(await statementById(deps, first[0]!)).toMatchObject({
			periodStart: '2026-05-04',
			periodEnd: '2026-05-10',
			points: 600,
			cents: 600,
			status: 'draft'
		});
		expect((await statementLines(deps, first[0]!)).map((l) => l.voucherId).sort()).toEqual(
			[tuesday, sunday].sort()
		);
		// The next night's run finds that week settled and this week still open.
		deps.clock.now = at('2026-05-13T02:10:00');
		expect(await generateStatements(deps, { mode: 'closed' })).toEqual([]);

		deps.clock.now = at('2026-05-19T02:10:00');
		const second = await generateStatements(deps, { mode: 'closed' });
		expect(second).toHaveLength(1);
		expect(await statementById(deps, second[0]!)).toMatchObject({
			periodStart: '2026-05-11',
			periodEnd: '2026-05-17',
			points: 300
		});
		expect((await statementLines(deps, second[0]!)).map((l) => l.voucherId)).toEqual([nextMonday]);
	});

	it('settles a monthly community at the end of its month, at its rate', async () => {
		deps.clock.now = at('2026-05-20T09:00:00');
		const shop = await liveOffer(deps, '月结社区');
		await db.sql`insert into community_redemption_settings (community_id, points_per_yuan, period)
			values (${shop.community.id}, 200, 'monthly')`;
		await serveAt(shop, '2026-05-31T22:00:00');
		await serveAt(shop, '2026-06-01T08:00:00');
		// The run of 2 June closes May; the redemption of 1 June waits for June's statement.
		deps.clock.now = at('2026-06-02T02:10:00');
		const ids = await generateStatements(deps, {
			mode: 'closed',
			communityIds: [shop.community.id]
		});
		expect(ids).toHaveLength(1);
		expect(await statementById(deps, ids[0]!)).toMatchObject({
			periodStart: '2026-05-01',
			periodEnd: '2026-05-31',
			points: 300,
			cents: 150,
			pointsPerYuan: 200
		});
	});

	it('puts one voucher on one statement when two runs race', async () => {
		deps.clock.now = at('2026-05-06T09:00:00');
		const shop = await liveOffer(deps, '并发社区');
		await serveAt(shop, '2026-05-06T10:00:00');
		deps.clock.now = at('2026-06-02T02:10:00');
		const runs = await Promise.all([
			generateStatements(deps, { mode: 'closed', communityIds: [shop.community.id] }),
			generateStatements(deps, { mode: 'closed', communityIds: [shop.community.id] })
		]);
		expect(runs.flat()).toHaveLength(1);
	});
});
