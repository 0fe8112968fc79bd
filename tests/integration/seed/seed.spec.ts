import { verify } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import {
	DEMO_ADMIN,
	DEMO_COMMITTEE,
	DEMO_COMMUNITY,
	DEMO_LOGINS,
	DEMO_PASSWORD,
	DEMO_RESIDENT,
	DEMO_UNVERIFIED
} from '../../../seed/accounts';
import { seedIfEmpty } from '../../../seed/index';
import { verifyBalances } from '../../../web/src/lib/server/ledger/verify-balances';
import { createTestDatabase } from '../../helpers/db';

const db = await createTestDatabase();
const other = await createTestDatabase();

async function counts() {
	const [row] = await db.sql<Record<string, number>[]>`
		select (select count(*) from nodes)::int as nodes,
			(select count(*) from users)::int as users,
			(select count(*) from role_grants)::int as grants,
			(select count(*) from organisations)::int as organisations,
			(select count(*) from organisation_members)::int as members,
			(select count(*) from partners)::int as partners,
			(select count(*) from partner_staff)::int as staff`;
	return row;
}

describe('seedIfEmpty', () => {
	it('should load the demo once and leave the database alone the second time', async () => {
		const first = await seedIfEmpty(db.url);
		const after = await counts();
		const second = await seedIfEmpty(db.url);
		expect(await counts()).toEqual(after);
		expect(second).toEqual(first);
		expect(first.password).toBe(DEMO_PASSWORD);
		expect(first.accounts.map((a) => a.role)).toEqual([
			'resident',
			'unverified',
			'organiser',
			'committee',
			'inspector',
			'partner',
			'auditor',
			'admin'
		]);
	});

	it('should build the hierarchy: 1 city, 2 districts, 3 streets, 4 communities, 2–3 grids each', async () => {
		const levels = await db.sql<{ level: string; n: number }[]>`
			select level::text, count(*)::int as n from nodes group by level order by min(id)`;
		expect(Object.fromEntries(levels.map((l) => [l.level, l.n]))).toMatchObject({
			city: 1,
			district: 2,
			street: 3,
			community: 4
		});
		const grids = await db.sql<{ n: number }[]>`
			select count(g.id)::int as n from nodes c left join nodes g on g.parent_id = c.id
			where c.level = 'community' group by c.id`;
		for (const g of grids) expect(g.n).toBeGreaterThanOrEqual(2);
		for (const g of grids) expect(g.n).toBeLessThanOrEqual(3);
	});

	it('should give about 80 residents, a third over 65, some unverified', async () => {
		const [r] = await db.sql<
			{ total: number; old: number; unverified: number; rejected: number }[]
		>`
			select count(*)::int as total,
				count(*) filter (where birth_year <= extract(year from now())::int - 65)::int as old,
				count(*) filter (where status = 'unverified')::int as unverified,
				count(*) filter (where status = 'rejected' and status_reason is not null)::int as rejected
			from users where community_id is not null`;
		expect(r?.total).toBe(80);
		expect(r?.old).toBeGreaterThanOrEqual(24);
		expect(r?.old).toBeLessThanOrEqual(36);
		expect(r?.unverified).toBeGreaterThanOrEqual(5);
		expect(r?.rejected).toBeGreaterThanOrEqual(1);
	});

	it('should give every demo login the role it is listed under', async () => {
		const roles = await db.sql<{ phone: string; role: string; node: string }[]>`
			select u.phone, g.role::text, n.name as node from role_grants g
			join users u on u.id = g.user_id join nodes n on n.id = g.node_id`;
		const held = (phone: string) => roles.filter((r) => r.phone === phone).map((r) => r.role);
		for (const { role, login } of DEMO_LOGINS) {
			if (role === 'resident' || role === 'unverified') expect(held(login)).toEqual([]);
			else expect(held(login)).toContain(role);
		}
		expect(roles.find((r) => r.phone === DEMO_COMMITTEE.phone)?.node).toBe(DEMO_COMMUNITY);
		expect(roles.filter((r) => r.role === 'committee').length).toBe(5);
		const [statuses] = await db.sql<{ resident: string; unverified: string; admin: string }[]>`
			select (select status::text from users where phone = ${DEMO_RESIDENT.phone}) as resident,
				(select status::text from users where phone = ${DEMO_UNVERIFIED.phone}) as unverified,
				(select email from users where phone = ${DEMO_ADMIN.phone}) as admin`;
		expect(statuses).toEqual({
			resident: 'verified',
			unverified: 'unverified',
			admin: DEMO_ADMIN.email
		});
	});

	it('should hash the demo password once with argon2id and share it', async () => {
		const hashes = await db.sql<
			{ password_hash: string }[]
		>`select distinct password_hash from users`;
		expect(hashes).toHaveLength(1);
		const hash = hashes[0]?.password_hash ?? '';
		expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await verify(hash, DEMO_PASSWORD)).toBe(true);
	});

	it('should be deterministic: a fresh database gets the same people', async () => {
		await seedIfEmpty(other.url);
		const people = (d: typeof db) =>
			d.sql`select phone, display_name, birth_year, address, status::text from users order by phone`;
		expect(await people(other)).toEqual(await people(db));
	});

	it('should leave a ledger whose every account adds up to its transfers', async () => {
		const [moved] = await db.sql`select count(*)::int as n from ledger_transfers`;
		expect(moved?.n).toBeGreaterThan(0);
		expect(await verifyBalances(db.sql)).toMatchObject({ ok: true });
	});
});
