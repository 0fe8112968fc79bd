import { describe, expect, it } from 'vitest';
import {
	DEMO_ADMIN,
	DEMO_AUDITOR,
	DEMO_COMMITTEE,
	DEMO_COMMUNITY,
	DEMO_RESIDENT,
	DEMO_STREET
} from '../../../seed/accounts';
import { seedIfEmpty } from '../../../seed/index';
import { grantRole, revokeRole } from '../../../web/src/lib/server/access/role-grants.service';
import { record, searchAudit, withRequestContext } from '../../../web/src/lib/server/audit';
import {
	createChildNode,
	renameNode
} from '../../../web/src/lib/server/hierarchy/hierarchy.service';
import {
	createInvitation,
	revokeInvitation
} from '../../../web/src/lib/server/members/invitations.service';
import {
	approveResident,
	rejectResident
} from '../../../web/src/lib/server/members/verification.service';
import { createTestDatabase } from '../../helpers/db';
import { nodeByName, subjectByPhone } from '../access/subject';

const db = await createTestDatabase({ max: 5 });
await seedIfEmpty(db.url);
const committee = await subjectByPhone(db, DEMO_COMMITTEE.phone);
const admin = await subjectByPhone(db, DEMO_ADMIN.phone);
const auditor = await subjectByPhone(db, DEMO_AUDITOR.phone);
const resident = await subjectByPhone(db, DEMO_RESIDENT.phone);
const community = await nodeByName(db, DEMO_COMMUNITY);

async function latest(action: string) {
	const [row] = await db.sql<
		{ actorId: number; targetId: string; nodePath: string; before: unknown; after: unknown }[]
	>`select actor_id as "actorId", target_id as "targetId", node_path as "nodePath", before, after
		from audit_events where action = ${action} order by id desc limit 1`;
	return row;
}

async function unverifiedIn(name: string): Promise<number[]> {
	const rows = await db.sql<{ id: number }[]>`
		select u.id from users u join nodes n on n.id = u.community_id
		where u.status = 'unverified' and n.name = ${name} order by u.id`;
	return rows.map((r) => r.id);
}

describe('audit entries for staff actions', () => {
	it('should record approving and rejecting a resident, with the reason and the IP', async () => {
		const [first, second] = await unverifiedIn(DEMO_COMMUNITY);
		if (first === undefined || second === undefined) throw new Error('seed has too few pending');
		await withRequestContext({ ip: '203.0.113.7' }, () => approveResident(db.db, committee, first));
		await rejectResident(db.db, committee, second, '地址不在本社区');
		const approved = await latest('member.verify');
		expect(approved).toMatchObject({
			actorId: committee.id,
			targetId: String(first),
			nodePath: community.path,
			before: { status: 'unverified' },
			after: { status: 'verified' }
		});
		const [ip] = await db.sql`select ip from audit_events where action = 'member.verify'`;
		expect(ip?.ip).toBe('203.0.113.7');
		const [rejected] = await db.sql`
			select reason, ip from audit_events where action = 'member.reject' and target_id = ${String(second)}`;
		expect(rejected).toEqual({ reason: '地址不在本社区', ip: null });
	});

	it('should not record a refused decision', async () => {
		const before = await db.sql`select count(*)::int as n from audit_events`;
		const [someone] = await unverifiedIn(DEMO_COMMUNITY);
		const result = await approveResident(db.db, resident, someone ?? 0);
		expect(result.ok).toBe(false);
		const after = await db.sql`select count(*)::int as n from audit_events`;
		expect(after[0]?.n).toBe(before[0]?.n);
	});

	it('should record role grants and revocations', async () => {
		const granted = await grantRole(db.db, admin, {
			nodeId: community.id,
			role: 'organiser',
			login: DEMO_RESIDENT.phone
		});
		if (!granted.ok) throw new Error(granted.error);
		expect(await latest('role.grant')).toMatchObject({
			actorId: admin.id,
			targetId: String(resident.id),
			after: { role: 'organiser', nodeId: community.id }
		});
		const revoked = await revokeRole(db.db, admin, {
			nodeId: community.id,
			role: 'organiser',
			userId: resident.id
		});
		expect(revoked.ok).toBe(true);
		expect(await latest('role.revoke')).toMatchObject({
			before: { role: 'organiser', nodeId: community.id }
		});
	});

	it('should record hierarchy changes with the old and new names', async () => {
		const street = await nodeByName(db, DEMO_STREET);
		const created = await createChildNode(db.db, admin, { parentId: street.id, name: '新社区' });
		if (!created.ok) throw new Error(created.error);
		expect(await latest('hierarchy.create')).toMatchObject({ nodePath: created.value.path });
		await renameNode(db.db, admin, { nodeId: created.value.id, name: '新建社区' });
		expect(await latest('hierarchy.rename')).toMatchObject({
			before: { name: '新社区' },
			after: { name: '新建社区' }
		});
	});

	it('should record invitations without their code', async () => {
		const made = await createInvitation(db.db, committee, {
			communityId: community.id,
			maxUses: 5,
			validDays: 7
		});
		if (!made.ok) throw new Error(made.error);
		const entry = await latest('invitation.create');
		expect(entry).toMatchObject({ targetId: String(made.value.id), after: { maxUses: 5 } });
		expect(JSON.stringify(entry)).not.toContain(made.value.code);
		await revokeInvitation(db.db, committee, made.value.id);
		expect(await latest('invitation.revoke')).toMatchObject({ targetId: String(made.value.id) });
	});
});

describe('the audit table', () => {
	it('should refuse UPDATE, DELETE and TRUNCATE', async () => {
		await record(db.db, { actorId: admin.id, action: 'test.append', ip: null });
		await expect(db.sql`update audit_events set action = 'x'`).rejects.toThrow(/append-only/);
		await expect(db.sql`delete from audit_events`).rejects.toThrow(/append-only/);
		await expect(db.sql`truncate audit_events`).rejects.toThrow(/append-only/);
		const [count] =
			await db.sql`select count(*)::int as n from audit_events where action = 'test.append'`;
		expect(count?.n).toBe(1);
	});
});

describe('searchAudit', () => {
	it('should show a committee member only the entries of their area', async () => {
		await record(db.db, { actorId: admin.id, action: 'test.elsewhere', nodePath: '/999/' });
		const seen = await searchAudit(db.db, committee, { limit: 500 });
		expect(seen.length).toBeGreaterThan(0);
		expect(seen.every((e) => e.nodePath?.startsWith(community.path))).toBe(true);
	});

	it('should let a city auditor filter by action prefix, actor and time', async () => {
		const members = await searchAudit(db.db, auditor, { action: 'member.' });
		expect(new Set(members.map((e) => e.action))).toEqual(
			new Set(['member.verify', 'member.reject'])
		);
		const byAdmin = await searchAudit(db.db, auditor, { actorId: admin.id });
		expect(byAdmin.map((e) => e.actorName)).toContain(DEMO_ADMIN.name);
		expect(byAdmin.some((e) => e.action === 'test.elsewhere')).toBe(false);
		const future = await searchAudit(db.db, auditor, { from: new Date(Date.now() + 60_000) });
		expect(future).toEqual([]);
	});

	it('should show nothing to someone without audit.read', async () => {
		expect(await searchAudit(db.db, resident, {})).toEqual([]);
	});
});
