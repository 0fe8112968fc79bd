import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DEMO_CITY, DEMO_COMMUNITY } from '../../../seed/accounts';
import { seedIfEmpty } from '../../../seed/index';
import { listReportAreas, loadDashboard, refreshStats } from '../../../web/src/lib/server/stats';
import { createTestDatabase } from '../../helpers/db';
import { nodeByName } from '../access/subject';

const db = await createTestDatabase({ max: 5 });
await seedIfEmpty(db.url);
const community = await nodeByName(db, DEMO_COMMUNITY);
const city = await nodeByName(db, DEMO_CITY);
const now = new Date();
const [partner] = await db.sql<{ id: number }[]>`
	insert into partners (name, licence_no, status)
	values ('测试商店', 'test-' || gen_random_uuid(), 'approved')
	returning id`;
const partnerId = Number(partner?.id);

function chinaDay(date: Date, minusDays = 0) {
	return new Date(date.getTime() + 8 * 3600_000 - minusDays * 86_400_000)
		.toISOString()
		.slice(0, 10);
}

/** A draft statement as the settlement job writes it. */
async function statement(communityId: number, cents: number): Promise<number> {
	const [row] = await db.sql<{ id: number }[]>`
		insert into settlement_statements (partner_id, community_id, period_start, period_end,
			points, cents, points_per_yuan)
		values (${partnerId}, ${communityId}, '2026-01-01', '2026-01-31', ${cents}, ${cents}, 100)
		returning id`;
	return Number(row?.id);
}

async function approve(id: number, at = now) {
	await db.sql`update settlement_statements set status = 'approved', approved_at = ${at.toISOString()}
		where id = ${id}`;
}

async function pay(id: number, at = now) {
	await db.sql`update settlement_statements set status = 'paid', paid_at = ${at.toISOString()},
		payment_method = 'manual', payment_reference = 'bank ref' where id = ${id}`;
}

async function dashboardOf(path: string) {
	await refreshStats(db.sql, now);
	return loadDashboard(db.sql, { path, days: 30, now });
}

/** How each settlement figure moved between two dashboards. */
function moved(
	before: Awaited<ReturnType<typeof dashboardOf>>,
	after: Awaited<ReturnType<typeof dashboardOf>>
) {
	const keys = [
		'statementsApproved',
		'statementsPaid',
		'settledCents',
		'statementsPending',
		'pendingCents'
	] as const;
	return Object.fromEntries(keys.map((k) => [k, after.totals[k] - before.totals[k]]));
}

describe('settlements on the dashboards', () => {
	it('should count a statement once per state it reaches, in yuan cents, per community', async () => {
		const before = await dashboardOf(community.path);
		const first = await statement(community.id, 1234);
		const second = await statement(community.id, 5000);
		const drafted = await dashboardOf(community.path);
		expect(moved(before, drafted)).toEqual({
			statementsApproved: 0,
			statementsPaid: 0,
			settledCents: 0,
			statementsPending: 2,
			pendingCents: 6234
		});

		await approve(first);
		await approve(second);
		await pay(first);
		// Stripe confirming later changes nothing the dashboard counts.
		await db.sql`update settlement_statements set stripe_confirmed_at = now() where id = ${first}`;
		const paid = await dashboardOf(community.path);
		expect(moved(before, paid)).toEqual({
			statementsApproved: 2,
			statementsPaid: 1,
			settledCents: 1234,
			statementsPending: 1,
			pendingCents: 5000
		});
		const today = paid.days.find((d) => d.day === chinaDay(now));
		const todayBefore = before.days.find((d) => d.day === chinaDay(now));
		expect((today?.settledCents ?? 0) - (todayBefore?.settledCents ?? 0)).toBe(1234);
		const row = paid.communities.find((c) => c.communityId === community.id);
		expect(row?.settledCents).toBe(paid.totals.settledCents);
		expect(row?.pendingCents).toBe(paid.totals.pendingCents);
	});

	it('should date approvals and payments by their own day, in China time', async () => {
		const id = await statement(community.id, 700);
		const threeDaysAgo = new Date(now.getTime() - 3 * 86_400_000);
		await approve(id, threeDaysAgo);
		await pay(id, new Date(now.getTime() - 2 * 86_400_000));
		const d = await dashboardOf(community.path);
		const on = (day: string) => d.days.find((x) => x.day === day);
		expect(on(chinaDay(now, 3))?.statementsApproved).toBeGreaterThanOrEqual(1);
		expect(on(chinaDay(now, 2))?.settledCents).toBe(700);
		expect(on(chinaDay(now, 2))?.statementsPaid).toBe(1);
	});

	it('should roll communities up to the city', async () => {
		const other = (await listReportAreas(db.sql, [city.path])).find(
			(a) => a.level === 'community' && a.id !== community.id
		);
		if (!other) throw new Error('the seed has a second community');
		const beforeCity = await dashboardOf(city.path);
		const here = await statement(community.id, 300);
		const there = await statement(other.id, 4500);
		await approve(here);
		await approve(there);
		await pay(there);
		const atCity = await dashboardOf(city.path);
		expect(moved(beforeCity, atCity)).toEqual({
			statementsApproved: 2,
			statementsPaid: 1,
			settledCents: 4500,
			statementsPending: 1,
			pendingCents: 300
		});
		const sum = (k: 'settledCents' | 'pendingCents' | 'statementsApproved') =>
			atCity.communities.reduce((a, c) => a + c[k], 0);
		expect(sum('settledCents')).toBe(atCity.totals.settledCents);
		expect(sum('pendingCents')).toBe(atCity.totals.pendingCents);
		expect(sum('statementsApproved')).toBe(atCity.totals.statementsApproved);
	});

	it('should not count old statements again when the SQL is re-applied', async () => {
		const before = await dashboardOf(city.path);
		const file = await readFile('db/sql/080-stats-settlements.sql', 'utf8');
		await db.sql.unsafe(file);
		const after = await dashboardOf(city.path);
		expect({ ...after.totals, refreshedAt: null }).toEqual({ ...before.totals, refreshedAt: null });
		expect(after.days).toEqual(before.days);
		expect(after.communities).toEqual(before.communities);
	});

	it('should count statements made before the trigger existed, once', async () => {
		const before = await dashboardOf(city.path);
		await db.sql`drop trigger stats_settlement_statements on settlement_statements`;
		const id = await statement(community.id, 900);
		await approve(id);
		await db.sql`delete from stats_watermarks where source = 'settlements'`;
		// Start the backfill from empty figures, as on the day the feature arrives.
		await db.sql`update community_daily_stats set statements_approved = 0, statements_paid = 0,
			settled_cents = 0`;
		await db.sql`delete from community_settlement_totals`;
		await db.sql.unsafe(await readFile('db/sql/080-stats-settlements.sql', 'utf8'));
		const after = await dashboardOf(city.path);
		expect(moved(before, after)).toEqual({
			statementsApproved: 1,
			statementsPaid: 0,
			settledCents: 0,
			statementsPending: 1,
			pendingCents: 900
		});
	});

	it('should read the summary tables only, not the statements', async () => {
		const before = await dashboardOf(city.path);
		expect(before.totals.settledCents).toBeGreaterThan(0);
		await db.sql`alter table settlement_statements rename to settlement_statements_hidden`;
		try {
			expect(await loadDashboard(db.sql, { path: city.path, days: 30, now })).toEqual(before);
		} finally {
			await db.sql`alter table settlement_statements_hidden rename to settlement_statements`;
		}
	});
});

describe('dashboard CSV', () => {
	it('should carry the settlement figures per community and day, in yuan', async () => {
		process.env.DATABASE_URL = db.url;
		const { loadVisitors } = await import('../../authz/visitors');
		const { GET } = await import('../../../web/src/routes/(app)/dashboard/export.csv/+server');
		const visitors = await loadVisitors(db);
		await refreshStats(db.sql, now);
		const url = new URL(`http://127.0.0.1/dashboard/export.csv?node=${community.id}&days=30`);
		const response = await GET({ locals: visitors.auditor, url } as unknown as Parameters<
			typeof GET
		>[0]);
		const lines = (await response.text()).trim().split(/\r?\n/);
		const header = lines[0]?.split(',') ?? [];
		expect(header.slice(-5)).toEqual([
			'statements_approved',
			'statements_paid',
			'settled_yuan',
			'statements_unpaid_now',
			'unpaid_yuan_now'
		]);
		const dashboard = await loadDashboard(db.sql, { path: community.path, days: 30, now });
		const totals = dashboard.communities[0];
		const row = lines.find((l) => l.startsWith('community,'))?.split(',') ?? [];
		expect(row.slice(-5)).toEqual([
			String(totals?.statementsApproved),
			String(totals?.statementsPaid),
			((totals?.settledCents ?? 0) / 100).toFixed(2),
			String(totals?.statementsPending),
			((totals?.pendingCents ?? 0) / 100).toFixed(2)
		]);
		expect(Number(row.at(-3))).toBeGreaterThan(0);
	});
});
