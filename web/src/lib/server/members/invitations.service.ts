import { randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { TransactionSql } from 'postgres';
import { err, ok, type Result } from '$core/shared';
import type { Db, Sql } from '$db/client';
import { invitations, nodes, type Invitation } from '$db/schema';
import {
	can,
	codeFromBytes,
	normaliseInvitationCode,
	scopesFor,
	type AccessSubject
} from '$lib/domain/access';
import { record } from '$lib/server/audit';
import { findNode } from '$lib/server/hierarchy/hierarchy.repository';
import { pathInScopes } from '$lib/server/access/grants.repository';

export const MAX_INVITATION_USES = 50;
export const MAX_INVITATION_DAYS = 90;

/**
 * - `not_found`: no such community; `not_a_community`: invitations are per community;
 * - `forbidden`: the actor may not invite into it; `bad_limits`: uses or days out of range.
 */
export type CreateInvitationError = 'not_found' | 'not_a_community' | 'forbidden' | 'bad_limits';

/** Creates a code that verifies up to `maxUses` new residents of one community for `validDays`. */
export async function createInvitation(
	db: Db,
	actor: AccessSubject,
	input: { communityId: number; maxUses: number; validDays: number }
): Promise<Result<Invitation, CreateInvitationError>> {
	const community = await findNode(db, input.communityId);
	if (!community) return err('not_found');
	if (community.level !== 'community') return err('not_a_community');
	if (!can(actor, 'invitation.create', community.path)) return err('forbidden');
	const { maxUses, validDays } = input;
	const inRange = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max;
	if (!inRange(maxUses, MAX_INVITATION_USES) || !inRange(validDays, MAX_INVITATION_DAYS)) {
		return err('bad_limits');
	}
	// 31^8 ≈ 8.5e11 codes: a clash is very unlikely, but a retry costs nothing.
	for (let attempt = 0; attempt < 3; attempt++) {
		const [row] = await db
			.insert(invitations)
			.values({
				code: codeFromBytes(randomBytes(8)),
				communityId: community.id,
				createdBy: actor.id,
				maxUses,
				expiresAt: sql`now() + make_interval(days => ${validDays})`
			})
			.onConflictDoNothing()
			.returning();
		if (!row) continue;
		// The code itself is a credential: the log keeps its id, never the code.
		await record(db, {
			actorId: actor.id,
			action: 'invitation.create',
			target: { type: 'invitation', id: row.id },
			nodePath: community.path,
			after: { communityId: community.id, maxUses, expiresAt: row.expiresAt }
		});
		return ok(row);
	}
	throw new Error('could not find a free invitation code');
}

export interface ActiveInvitation extends Invitation {
	communityName: string;
}

/** The codes still usable in the communities where `actor` may invite, newest first. */
export async function listActiveInvitations(
	db: Db,
	actor: AccessSubject
): Promise<ActiveInvitation[]> {
	const scopes = scopesFor(actor, 'invitation.create');
	if (scopes.length === 0) return [];
	const rows = await db
		.select({ invitation: invitations, communityName: nodes.name })
		.from(invitations)
		.innerJoin(nodes, eq(nodes.id, invitations.communityId))
		.where(
			and(
				pathInScopes(scopes),
				isNull(invitations.revokedAt),
				gt(invitations.expiresAt, sql`now()`),
				sql`${invitations.uses} < ${invitations.maxUses}`
			)
		)
		.orderBy(desc(invitations.createdAt), desc(invitations.id))
		.limit(100);
	return rows.map((r) => ({ ...r.invitation, communityName: r.communityName }));
}

/** Withdraws a code, e.g. when the paper it was printed on was lost. */
export async function revokeInvitation(
	db: Db,
	actor: AccessSubject,
	invitationId: number
): Promise<Result<null, 'not_found' | 'forbidden'>> {
	const [row] = await db
		.select({ path: nodes.path })
		.from(invitations)
		.innerJoin(nodes, eq(nodes.id, invitations.communityId))
		.where(eq(invitations.id, invitationId));
	if (!row) return err('not_found');
	if (!can(actor, 'invitation.create', row.path)) return err('forbidden');
	await db
		.update(invitations)
		.set({ revokedAt: sql`coalesce(${invitations.revokedAt}, now())` })
		.where(eq(invitations.id, invitationId));
	await record(db, {
		actorId: actor.id,
		action: 'invitation.revoke',
		target: { type: 'invitation', id: invitationId },
		nodePath: row.path
	});
	return ok(null);
}

/**
 * Why a code did not verify the person:
 * - `invalid_code`: no such code (or not a code at all);
 * - `expired`: past its date or withdrawn by the committee;
 * - `used_up`: already used as often as allowed;
 * - `other_community`: the person registered in a different community;
 * - `not_unverified`: the person is already verified (or rejected, or disabled).
 */
export type RedeemError =
	'invalid_code' | 'expired' | 'used_up' | 'other_community' | 'not_unverified';

/**
 * Verifies an unverified person with an invitation code, at once and exactly once. Also sets the
 * person's community to the code's when they had none. Runs as one statement, so it can be called
 * with the pool or inside the caller's transaction (`sql.begin(tx => redeemInvitation(tx, …))`);
 * the row locks make two registrations racing for the last use of a code succeed once.
 */
export async function redeemInvitation(
	sql: Sql | TransactionSql,
	typedCode: string,
	userId: number
): Promise<Result<{ communityId: number; invitationId: number }, RedeemError>> {
	const code = normaliseInvitationCode(typedCode);
	if (!code) return err('invalid_code');
	const rows = await sql<{ communityId: number; invitationId: number }[]>`
		with target as (
			select id, community_id from users
			where id = ${userId} and status = 'unverified'
			for update
		), inv as (
			update invitations i set uses = i.uses + 1
			from target
			where i.code = ${code} and i.revoked_at is null and i.expires_at > now()
				and i.uses < i.max_uses
				and (target.community_id is null or target.community_id = i.community_id)
			returning i.id, i.community_id, i.created_by
		), verified as (
			update users u set status = 'verified', community_id = inv.community_id,
				status_reason = null, status_changed_at = now(), status_changed_by = inv.created_by
			from inv where u.id = ${userId}
			returning u.id
		), redeemed as (
			insert into invitation_redemptions (invitation_id, user_id)
			select id, ${userId} from inv
			returning invitation_id
		)
		select inv.community_id as "communityId", inv.id as "invitationId"
		from inv, verified, redeemed`;
	const [row] = rows;
	if (row) return ok(row);
	return err(await explainRefusal(sql, code, userId));
}

async function explainRefusal(
	sql: Sql | TransactionSql,
	code: string,
	userId: number
): Promise<RedeemError> {
	const [row] = await sql<
		{ usable: boolean; usedUp: boolean; sameCommunity: boolean; unverified: boolean | null }[]
	>`
		select (i.revoked_at is null and i.expires_at > now()) as usable,
			i.uses >= i.max_uses as "usedUp",
			(u.community_id is null or u.community_id = i.community_id) as "sameCommunity",
			u.status = 'unverified' as unverified
		from invitations i left join users u on u.id = ${userId}
		where i.code = ${code}`;
	if (!row) return 'invalid_code';
	if (!row.usable) return 'expired';
	if (row.usedUp) return 'used_up';
	if (row.unverified === false) return 'not_unverified';
	if (!row.sameCommunity) return 'other_community';
	return 'invalid_code';
}

/**
 * Checks a code before an account is created for it, so a mistyped code is answered next to its
 * field instead of after sign-up. Read-only: `redeemInvitation` still decides, under its locks.
 * Returns null when the code would verify a new member of `communityId`.
 */
export async function checkInvitationCode(
	sql: Sql,
	typedCode: string,
	communityId: number
): Promise<RedeemError | null> {
	const code = normaliseInvitationCode(typedCode);
	if (!code) return 'invalid_code';
	const [row] = await sql<{ usable: boolean; usedUp: boolean; sameCommunity: boolean }[]>`
		select (revoked_at is null and expires_at > now()) as usable, uses >= max_uses as "usedUp",
			community_id = ${communityId} as "sameCommunity"
		from invitations where code = ${code}`;
	if (!row) return 'invalid_code';
	if (!row.usable) return 'expired';
	if (row.usedUp) return 'used_up';
	return row.sameCommunity ? null : 'other_community';
}
