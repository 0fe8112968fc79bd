import { beforeAll, describe, expect, it } from 'vitest';
import type { AccessSubject } from '../../../web/src/lib/domain/access';
import { confirmVoucher } from '../../../web/src/lib/server/redemption/counter.service';
import { redeemOffer } from '../../../web/src/lib/server/redemption/redeem.service';
import {
	generateStatements,
	statementById
} from '../../../web/src/lib/server/redemption/settlement.service';
import {
	redemptionSettingsOf,
	setRedemptionSettings,
	unsettledPoints
} from '../../../web/src/lib/server/redemption/settings.service';
import { createTestDatabase } from '../../helpers/db';
import { testDeps } from './fixtures';
import { liveOffer } from './live-offer';

const db = await createTestDatabase();
const deps = testDeps(db.sql, { clock: { now: new Date('2026-03-10T02:00:00Z') } });
const settingsDeps = { db: db.db, now: () => deps.clock.now };
let world: Awaited<ReturnType<typeof liveOffer>>;
let committee: AccessSubject;

const auditRows = () =>
	db.sql<{ action: string; actor_id: number; before: unknown; after: unknown }[]>`
		select action, actor_id, before, after from audit_events
		where action = 'redemption.settings' order by id`;

async function useVoucher(key: string): Promise<void> {
	const v = await redeemOffer(deps, world.resident, { offerId: world.offerId, requestKey: key });
	if (!v.ok) throw new Error(v.error);
	const used = await confirmVoucher(
		deps,
		{ userId: world.manager.id, partnerId: world.partnerId },
		v.value.code
	);
	if (!used.ok) throw new Error(used.error);
}

beforeAll(async () => {
	world = await liveOffer(deps);
	committee = {
		id: world.committee.id,
		status: 'verified',
		roles: [{ role: 'committee', nodeId: world.community.id, nodePath: world.community.path }]
	};
});

describe('redemption settings', () => {
	it('should start from 100 points = ¥1, monthly, never changed', async () => {
		expect(await redemptionSettingsOf(db.db, world.community.id)).toEqual({
			pointsPerYuan: 100,
			period: 'monthly',
			updatedAt: null
		});
	});

	it('should refuse people who are not its committee, and bad rates, changing nothing', async () => {
		const resident: AccessSubject = { id: world.resident.id, status: 'verified', roles: [] };
		const input = {
			communityId: world.community.id,
			pointsPerYuan: 200,
			period: 'weekly' as const
		};
		expect(await setRedemptionSettings(settingsDeps, resident, input)).toEqual({
			ok: false,
			error: 'forbidden'
		});
		const elsewhere = { ...committee, roles: [{ ...committee.roles[0]!, nodePath: '/9999/' }] };
		expect(await setRedemptionSettings(settingsDeps, elsewhere, input)).toEqual({
			ok: false,
			error: 'forbidden'
		});
		for (const pointsPerYuan of [0, 1.5, 10_001]) {
			expect(
				await setRedemptionSettings(settingsDeps, committee, { ...input, pointsPerYuan })
			).toEqual({ ok: false, error: 'rate_invalid' });
		}
		expect(
			await setRedemptionSettings(settingsDeps, committee, { ...input, communityId: 999_999 })
		).toEqual({ ok: false, error: 'not_found' });
		expect((await redemptionSettingsOf(db.db, world.community.id)).updatedAt).toBeNull();
		expect(await auditRows()).toEqual([]);
	});

	it('should apply a new rate to statements made after it, never to earlier ones', async () => {
		await useVoucher('before-1');
		const [early] = await generateStatements(deps, { mode: 'to-date' });
		expect(await statementById(deps, early!)).toMatchObject({ points: 300, cents: 300 });

		await useVoucher('before-2');
		expect(await unsettledPoints(db.db, world.community.id)).toEqual({ vouchers: 1, points: 300 });
		const saved = await setRedemptionSettings(settingsDeps, committee, {
			communityId: world.community.id,
			pointsPerYuan: 200,
			period: 'weekly'
		});
		expect(saved).toEqual({
			ok: true,
			value: { pointsPerYuan: 200, period: 'weekly', updatedAt: deps.clock.now }
		});
		const [late] = await generateStatements(deps, { mode: 'to-date' });
		expect(await statementById(deps, late!)).toMatchObject({
			points: 300,
			cents: 150,
			pointsPerYuan: 200
		});
		// The first statement still says what it said.
		expect(await statementById(deps, early!)).toMatchObject({ cents: 300, pointsPerYuan: 100 });
		expect(await unsettledPoints(db.db, world.community.id)).toEqual({ vouchers: 0, points: 0 });
	});

	it('should record each change with before and after, and nothing for a repeat', async () => {
		await setRedemptionSettings(settingsDeps, committee, {
			communityId: world.community.id,
			pointsPerYuan: 200,
			period: 'weekly'
		});
		await setRedemptionSettings(settingsDeps, committee, {
			communityId: world.community.id,
			pointsPerYuan: 250,
			period: 'weekly'
		});
		expect(await auditRows()).toEqual([
			{
				action: 'redemption.settings',
				actor_id: committee.id,
				before: { pointsPerYuan: 100, period: 'monthly', defaults: true },
				after: { pointsPerYuan: 200, period: 'weekly' }
			},
			{
				action: 'redemption.settings',
				actor_id: committee.id,
				before: { pointsPerYuan: 200, period: 'weekly' },
				after: { pointsPerYuan: 250, period: 'weekly' }
			}
		]);
	});

	it('should keep the last of two committee members saving at once, each audited', async () => {
		const input = (pointsPerYuan: number) => ({
			communityId: world.community.id,
			pointsPerYuan,
			period: 'monthly' as const
		});
		await Promise.all([
			setRedemptionSettings(settingsDeps, committee, input(300)),
			setRedemptionSettings(settingsDeps, committee, input(400))
		]);
		const rows = (await auditRows()).slice(-2);
		// Whichever went second saw the first one's value as "before".
		const [first, second] = rows as {
			before: { pointsPerYuan: number };
			after: { pointsPerYuan: number };
		}[];
		expect(second!.before.pointsPerYuan).toBe(first!.after.pointsPerYuan);
		const now = await redemptionSettingsOf(db.db, world.community.id);
		expect(now.pointsPerYuan).toBe(second!.after.pointsPerYuan);
	});
});
