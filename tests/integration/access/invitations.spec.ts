import { describe, expect, it } from 'vitest';
import { DEMO_COMMITTEE, DEMO_RESIDENT, DEMO_UNVERIFIED } from '../../../seed/accounts';
import { seedIfEmpty } from '../../../seed/index';
import { formatInvitationCode } from '../../../web/src/lib/domain/access';
import {
	checkInvitationCode,
	createInvitation,
	listActiveInvitations,
	redeemInvitation,
	revokeInvitation
} from '../../../web/src/lib/server/members/invitations.service';
import { createTestDatabase } from '../../helpers/db';
import { nodeByName, subjectByPhone } from './subject';

const db = await createTestDatabase({ max: 10 });
await seedIfEmpty(db.url);
const committee = await subjectByPhone(db, DEMO_COMMITTEE.phone);
const resident = await subjectByPhone(db, DEMO_RESIDENT.phone);
const home = await nodeByName(db, '盐运西社区');
const elsewhere = await nodeByName(db, '南兴社区');

let phoneSeq = 13900000000;
/** A freshly registered, unverified person, as the registration page would create one. */
async function newcomer(communityId: number | null) {
	const [row] = await db.sql<{ id: number }[]>`
		insert into users (phone, display_name, password_hash, community_id)
		values (${String(phoneSeq++)}, '新居民', 'x', ${communityId}) returning id`;
	if (!row) throw new Error('insert failed');
	return row.id;
}

async function invite(maxUses = 1, communityId = home.id) {
	const result = await createInvitation(db.db, committee, { communityId, maxUses, validDays: 30 });
	if (!result.ok) throw new Error(result.error);
	return result.value;
}

async function statusOf(userId: number) {
	const [row] = await db.sql<{ status: string; communityId: number | null }[]>`
		select status::text, community_id as "communityId" from users where id = ${userId}`;
	return row;
}

describe('createInvitation', () => {
	it('should create a readable code for a community the committee looks after', async () => {
		const inv = await invite(3);
		expect(inv.code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
		expect(inv.maxUses).toBe(3);
		const active = await listActiveInvitations(db.db, committee);
		expect(active.map((a) => a.id)).toContain(inv.id);
	});

	it('should refuse other communities, non-communities, residents and silly limits', async () => {
		const street = await nodeByName(db, '北京街道');
		const create = (actor: typeof committee, communityId: number, maxUses = 1, validDays = 30) =>
			createInvitation(db.db, actor, { communityId, maxUses, validDays });
		expect(await create(committee, elsewhere.id)).toEqual({ ok: false, error: 'forbidden' });
		expect(await create(committee, street.id)).toEqual({ ok: false, error: 'not_a_community' });
		expect(await create(resident, home.id)).toEqual({ ok: false, error: 'forbidden' });
		expect(await create(committee, home.id, 0)).toEqual({ ok: false, error: 'bad_limits' });
		expect(await create(committee, home.id, 1, 91)).toEqual({ ok: false, error: 'bad_limits' });
		expect(await create(committee, 999_999)).toEqual({ ok: false, error: 'not_found' });
	});
});

describe('redeemInvitation', () => {
	it('should verify a newcomer at once, accept the code as typed, and set their community', async () => {
		const inv = await invite();
		const userId = await newcomer(null);
		const typed = ` ${formatInvitationCode(inv.code).toLowerCase()} `;
		expect(await redeemInvitation(db.sql, typed, userId)).toEqual({
			ok: true,
			value: { communityId: home.id, invitationId: inv.id }
		});
		expect(await statusOf(userId)).toEqual({ status: 'verified', communityId: home.id });
		const [row] =
			await db.sql`select count(*)::int as n from invitation_redemptions where user_id = ${userId}`;
		expect(row?.n).toBe(1);
	});

	it('should refuse unknown, used-up, withdrawn and expired codes', async () => {
		const userId = await newcomer(home.id);
		expect(await redeemInvitation(db.sql, 'NOPE', userId)).toEqual({
			ok: false,
			error: 'invalid_code'
		});
		expect(await redeemInvitation(db.sql, 'ZZZZ-ZZZZ', userId)).toEqual({
			ok: false,
			error: 'invalid_code'
		});
		const once = await invite();
		expect((await redeemInvitation(db.sql, once.code, await newcomer(home.id))).ok).toBe(true);
		expect(await redeemInvitation(db.sql, once.code, userId)).toEqual({
			ok: false,
			error: 'used_up'
		});
		const withdrawn = await invite();
		expect(await revokeInvitation(db.db, committee, withdrawn.id)).toEqual({
			ok: true,
			value: null
		});
		expect(await redeemInvitation(db.sql, withdrawn.code, userId)).toEqual({
			ok: false,
			error: 'expired'
		});
		const old = await invite();
		await db.sql`update invitations set expires_at = now() - interval '1 minute' where id = ${old.id}`;
		expect(await redeemInvitation(db.sql, old.code, userId)).toEqual({
			ok: false,
			error: 'expired'
		});
		expect((await statusOf(userId))?.status).toBe('unverified');
	});

	it('should refuse a person of another community or one already verified', async () => {
		const inv = await invite(5);
		const other = await newcomer(elsewhere.id);
		expect(await redeemInvitation(db.sql, inv.code, other)).toEqual({
			ok: false,
			error: 'other_community'
		});
		expect(await redeemInvitation(db.sql, inv.code, resident.id)).toEqual({
			ok: false,
			error: 'not_unverified'
		});
		const [demo] = await db.sql<
			{ id: number }[]
		>`select id from users where phone = ${DEMO_UNVERIFIED.phone}`;
		expect((await redeemInvitation(db.sql, inv.code, demo?.id ?? 0)).ok).toBe(true);
		const [row] = await db.sql`select uses from invitations where id = ${inv.id}`;
		expect(row?.uses).toBe(1);
	});

	it('should let only as many people in as the code allows when they race', async () => {
		const inv = await invite(2);
		const people = await Promise.all([1, 2, 3, 4, 5].map(() => newcomer(home.id)));
		const results = await Promise.all(people.map((id) => redeemInvitation(db.sql, inv.code, id)));
		expect(results.filter((r) => r.ok)).toHaveLength(2);
		expect(results.filter((r) => !r.ok && r.error === 'used_up')).toHaveLength(3);
		const [row] = await db.sql`select uses from invitations where id = ${inv.id}`;
		expect(row?.uses).toBe(2);
	});

	it('should run inside the caller’s transaction', async () => {
		const inv = await invite();
		const userId = await newcomer(home.id);
		await db.sql
			.begin(async (tx) => {
				expect((await redeemInvitation(tx, inv.code, userId)).ok).toBe(true);
				throw new Error('registration failed later');
			})
			.catch(() => {});
		expect((await statusOf(userId))?.status).toBe('unverified');
		expect((await redeemInvitation(db.sql, inv.code, userId)).ok).toBe(true);
	});
});

describe('checkInvitationCode', () => {
	it('should accept a usable code for its own community, typed loosely', async () => {
		const inv = await invite(1);
		const typed = formatInvitationCode(inv.code).toLowerCase();
		expect(await checkInvitationCode(db.sql, typed, home.id)).toBeNull();
	});

	it('should name why a code cannot be used, without using it', async () => {
		const inv = await invite(1);
		expect(await checkInvitationCode(db.sql, 'NOPE-NOPE', home.id)).toBe('invalid_code');
		expect(await checkInvitationCode(db.sql, '!!', home.id)).toBe('invalid_code');
		expect(await checkInvitationCode(db.sql, inv.code, elsewhere.id)).toBe('other_community');
		const first = await newcomer(home.id);
		expect((await redeemInvitation(db.sql, inv.code, first)).ok).toBe(true);
		expect(await checkInvitationCode(db.sql, inv.code, home.id)).toBe('used_up');
		const withdrawn = await invite(5);
		await revokeInvitation(db.db, committee, withdrawn.id);
		expect(await checkInvitationCode(db.sql, withdrawn.code, home.id)).toBe('expired');
	});
});
