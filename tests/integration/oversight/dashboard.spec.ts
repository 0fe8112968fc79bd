import { describe, expect, it } from 'vitest';
import { DEMO_CITY, DEMO_COMMUNITY, DEMO_RESIDENT, DEMO_STREET } from '../../../seed/accounts';
import { seedIfEmpty } from '../../../seed/index';
import {
	foldLedger,
	listReportAreas,
	loadDashboard,
	refreshStats
} from '../../../web/src/lib/server/stats';
import { createTestDatabase } from '../../helpers/db';
import { nodeByName, subjectByPhone } from '../access/subject';

const db = await createTestDatabase({ max: 5 });
await seedIfEmpty(db.url);
const community = await nodeByName(db, DEMO_COMMUNITY);
const street = await nodeByName(db, DEMO_STREET);
const city = await nodeByName(db, DEMO_CITY);
const resident = await subjectByPhone(db, DEMO_RESIDENT.phone);
const now = new Date();

async function account(kind: string, asset: string, ownerType: string, ownerId: number) {
	const [row] = await db.sql<{ id: string }[]>`
		insert into ledger_accounts (id, asset, kind, owner_type, owner_id, floor)
		values (gen_random_uuid(), ${asset}, ${kind}, ${ownerType}, ${ownerId},
			${kind === 'resident' ? (asset === 'HOUR' ? -600 : 0) : null})
		on conflict (owner_type, owner_id, asset, kind) do update set asset = excluded.asset
		returning id`;
	return String(row?.id);
}

/** Transfers written an hour ago, as the posting service would have. */
async function transfer(
	debit: string,
	credit: string,
	asset: string,
	kind: string,
	amount: number
) {
	await db.sql`
		insert into ledger_transfers (id, idempotency_key, request_hash, debit_account_id,
			credit_account_id, asset, amount, kind, reference, actor_id, created_at)
		values (gen_random_uuid(), 'test:' || gen_random_uuid(), 'h', ${debit}, ${credit}, ${asset},
			${amount}, ${kind}, 'test', 0, now() - interval '1 hour')`;
}

async function dashboardOf(path: string) {
	return loadDashboard(db.sql, { path, days: 30, now });
}

describe('dashboards from summary tables', () => {
	it('should fold each transfer once and roll communities up the hierarchy', async () => {
		await refreshStats(db.sql, now);
		const before = await dashboardOf(community.path);
		const beforeCity = await dashboardOf(city.path);

		const issuance = await account('community_issuance', 'HOUR', 'community', community.id);
		const pool = await account('community_pool', 'POINT', 'community', community.id);
		const hours = await account('resident', 'HOUR', 'user', resident.id);
		const points = await account('resident', 'POINT', 'user', resident.id);
		await transfer(issuance, hours, 'HOUR', 'volunteer.hours', 90);
		await transfer(pool, points, 'POINT', 'volunteer.points', 15);
		await refreshStats(db.sql, now);
		expect(await foldLedger(db.sql)).toBe(0);

		const after = await dashboardOf(community.path);
		expect(after.totals.hoursServedMinutes - before.totals.hoursServedMinutes).toBe(90);
		expect(after.totals.pointsIssued - before.totals.pointsIssued).toBe(15);
		expect(after.totals.activeVolunteers).toBeGreaterThanOrEqual(1);
		expect(after.totals.residentsVerified).toBeGreaterThan(0);

		const atCity = await dashboardOf(city.path);
		expect(atCity.totals.hoursServedMinutes - beforeCity.totals.hoursServedMinutes).toBe(90);
		const sum = atCity.communities.reduce((a, c) => a + c.hoursServedMinutes, 0);
		expect(sum).toBe(atCity.totals.hoursServedMinutes);
		expect(atCity.communities.length).toBeGreaterThan(after.communities.length);
		expect(after.communities.map((c) => c.name)).toEqual([DEMO_COMMUNITY]);
	});

	it('should read the summary tables only, not the transfers', async () => {
		// Remove the folded figures' source from view: the dashboard must not change.
		const before = await dashboardOf(city.path);
		await db.sql`alter table ledger_transfers rename to ledger_transfers_hidden`;
		try {
			expect(await dashboardOf(city.path)).toEqual(before);
		} finally {
			await db.sql`alter table ledger_transfers_hidden rename to ledger_transfers`;
		}
	});

	it('should offer only areas inside the viewer’s scopes', async () => {
		const areas = await listReportAreas(db.sql, [street.path]);
		expect(areas.every((a) => a.path.startsWith(street.path))).toBe(true);
		expect(areas.map((a) => a.name)).toContain(DEMO_COMMUNITY);
		expect(await listReportAreas(db.sql, [])).toEqual([]);
	});
});
