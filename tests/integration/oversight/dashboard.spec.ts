import { describe, expect, it } from 'vitest';
import { DEMO_CITY, DEMO_COMMUNITY, DEMO_RESIDENT, DEMO_STREET } from '../../../seed/accounts';
import { seedIfEmpty } from '../../../seed/index';
import {
	foldDropoffs,
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

/** A point, a household and an inspector in the community, for drop-offs to refer to. */
async function sortingSetup(communityId: number) {
	const [point] = await db.sql<{ id: number }[]>`
		insert into sorting_points (community_id, name, opens, closes, categories)
		values (${communityId}, 'test point', '00:00', '00:00', '{food}') returning id`;
	const [household] = await db.sql<{ id: number }[]>`
		insert into sorting_households (community_id, building, unit, card_number)
		values (${communityId}, '1', '101', 'test-' || gen_random_uuid()) returning id`;
	return { pointId: Number(point?.id), householdId: Number(household?.id) };
}

/** `count` drop-offs recorded on `day` (China time), all received the same instant `agoSeconds` ago. */
async function dropoff(
	communityId: number,
	at: { pointId: number; householdId: number },
	correct: boolean,
	day: string,
	agoSeconds = 3600,
	count = 1
) {
	await db.sql`
		insert into sorting_dropoffs (id, community_id, point_id, household_id, inspector_id,
			category, correct, recorded_at, received_at, day, points, reason)
		select gen_random_uuid(), ${communityId}, ${at.pointId}, ${at.householdId}, ${resident.id},
			'food', ${correct}, now() - make_interval(secs => ${agoSeconds}),
			now() - make_interval(secs => ${agoSeconds}), ${day}, 0,
			${correct ? 'no_points' : 'incorrect'}
		from generate_series(1, ${count})`;
}

function chinaDay(date: Date, minusDays = 0) {
	return new Date(date.getTime() + 8 * 3600_000 - minusDays * 86_400_000)
		.toISOString()
		.slice(0, 10);
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

	it('should fold sorting drop-offs once per community and day and roll them up', async () => {
		await refreshStats(db.sql, now);
		const before = await dashboardOf(community.path);
		const beforeCity = await dashboardOf(city.path);
		const other = (await listReportAreas(db.sql, [city.path])).find(
			(a) => a.level === 'community' && a.id !== community.id
		);
		if (!other) throw new Error('the seed has a second community');
		const here = await sortingSetup(community.id);
		const there = await sortingSetup(other.id);
		const today = chinaDay(now);
		const yesterday = chinaDay(now, 1);
		await dropoff(community.id, here, true, today);
		await dropoff(community.id, here, true, today);
		await dropoff(community.id, here, false, today);
		await dropoff(community.id, here, true, yesterday);
		await dropoff(other.id, there, false, today);
		// Received a moment ago: not settled yet, so left for the next run.
		await dropoff(community.id, here, false, today, 0);

		await refreshStats(db.sql, now);
		expect(await foldDropoffs(db.sql)).toBe(0);

		const after = await dashboardOf(community.path);
		expect(after.totals.dropoffs - before.totals.dropoffs).toBe(4);
		expect(after.totals.dropoffsCorrect - before.totals.dropoffsCorrect).toBe(3);
		const dayOf = (d: typeof after, day: string) =>
			d.days.find((x) => x.day === day) ?? { dropoffs: 0, dropoffsCorrect: 0 };
		expect(dayOf(after, today).dropoffs - dayOf(before, today).dropoffs).toBe(3);
		expect(dayOf(after, today).dropoffsCorrect - dayOf(before, today).dropoffsCorrect).toBe(2);
		expect(dayOf(after, yesterday).dropoffs - dayOf(before, yesterday).dropoffs).toBe(1);
		const row = after.communities[0];
		expect(row?.dropoffs).toBe(after.totals.dropoffs);
		expect(row?.dropoffsCorrect).toBe(after.totals.dropoffsCorrect);

		const atCity = await dashboardOf(city.path);
		expect(atCity.totals.dropoffs - beforeCity.totals.dropoffs).toBe(5);
		expect(atCity.totals.dropoffsCorrect - beforeCity.totals.dropoffsCorrect).toBe(3);
		expect(atCity.communities.reduce((a, c) => a + c.dropoffs, 0)).toBe(atCity.totals.dropoffs);

		// The unsettled one is counted once it settles, and only once.
		await db.sql`update sorting_dropoffs set received_at = now() - interval '1 minute'
			where received_at > now() - interval '10 seconds'`;
		expect(await foldDropoffs(db.sql)).toBe(1);
		expect(await foldDropoffs(db.sql)).toBe(0);
		const settled = await dashboardOf(community.path);
		expect(settled.totals.dropoffs - before.totals.dropoffs).toBe(5);
		expect(settled.totals.dropoffsCorrect - before.totals.dropoffsCorrect).toBe(3);
	});

	it('should fold drop-offs sharing one instant together when a batch is cut', async () => {
		const here = await sortingSetup(community.id);
		const today = chinaDay(now);
		await refreshStats(db.sql, now);
		const before = await dashboardOf(community.path);
		// Three received at the same instant, then one later; a batch of two must take all three.
		// After the watermark the previous test left (a minute ago), and settled.
		await dropoff(community.id, here, true, today, 20, 3);
		await dropoff(community.id, here, false, today, 10);
		expect(await foldDropoffs(db.sql, 2)).toBe(3);
		expect(await foldDropoffs(db.sql, 2)).toBe(1);
		expect(await foldDropoffs(db.sql, 2)).toBe(0);
		const after = await dashboardOf(community.path);
		expect(after.totals.dropoffs - before.totals.dropoffs).toBe(4);
		expect(after.totals.dropoffsCorrect - before.totals.dropoffsCorrect).toBe(3);
	});

	it('should read the summary tables only, not the transfers or drop-offs', async () => {
		// Remove the folded figures' sources from view: the dashboard must not change.
		const before = await dashboardOf(city.path);
		expect(before.totals.dropoffs).toBeGreaterThan(0);
		await db.sql`alter table ledger_transfers rename to ledger_transfers_hidden`;
		await db.sql`alter table sorting_dropoffs rename to sorting_dropoffs_hidden`;
		try {
			expect(await dashboardOf(city.path)).toEqual(before);
		} finally {
			await db.sql`alter table ledger_transfers_hidden rename to ledger_transfers`;
			await db.sql`alter table sorting_dropoffs_hidden rename to sorting_dropoffs`;
		}
	});

	it('should offer only areas inside the viewer’s scopes', async () => {
		const areas = await listReportAreas(db.sql, [street.path]);
		expect(areas.every((a) => a.path.startsWith(street.path))).toBe(true);
		expect(areas.map((a) => a.name)).toContain(DEMO_COMMUNITY);
		expect(await listReportAreas(db.sql, [])).toEqual([]);
	});
});
