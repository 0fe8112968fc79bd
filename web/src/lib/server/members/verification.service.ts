import { and, asc, eq, sql } from 'drizzle-orm';
import { err, ok, type Result } from '$core/shared';
import type { Db } from '$db/client';
import { nodes, users } from '$db/schema';
import { can, maskPhone, scopesFor, type AccessSubject } from '$lib/domain/access';
import { pathInScopes } from '$lib/server/access/grants.repository';
import { record } from '$lib/server/audit';
import { revealPhone } from '$lib/server/crypto';

export interface PendingResident {
	id: number;
	displayName: string;
	/** 138****5678: enough to tell people apart and call them, not enough to copy. */
	maskedPhone: string;
	registeredAt: Date;
	communityId: number;
	communityName: string;
}

/** Residents waiting for verification in the communities where `actor` may verify, oldest first. */
export async function listPendingResidents(
	db: Db,
	actor: AccessSubject
): Promise<PendingResident[]> {
	const scopes = scopesFor(actor, 'member.verify');
	if (scopes.length === 0) return [];
	const rows = await db
		.select({
			id: users.id,
			displayName: users.displayName,
			phone: users.phone,
			phoneCipher: users.phoneCipher,
			registeredAt: users.createdAt,
			communityId: nodes.id,
			communityName: nodes.name
		})
		.from(users)
		.innerJoin(nodes, eq(nodes.id, users.communityId))
		.where(and(eq(users.status, 'unverified'), pathInScopes(scopes)))
		.orderBy(asc(users.createdAt), asc(users.id));
	return rows.map(({ phone, phoneCipher, ...r }) => ({
		...r,
		maskedPhone: maskPhone(revealPhone({ phone, phoneCipher }))
	}));
}

/**
 * Why a decision was refused:
 * - `not_found`: no such person, or they belong to no community;
 * - `forbidden`: the actor may not verify in that person's community;
 * - `already_decided`: someone else approved or rejected first (nothing changed);
 * - `reason_required` / `reason_too_long`: a rejection needs a reason of 1–200 characters.
 */
export type VerificationError =
	'not_found' | 'forbidden' | 'already_decided' | 'reason_required' | 'reason_too_long';

export const MAX_REASON_LENGTH = 200;

/** The person decided on, so the page can say whom it approved. */
export interface Decided {
	displayName: string;
}

async function authorise(
	db: Db,
	actor: AccessSubject,
	userId: number
): Promise<Result<string, VerificationError>> {
	const [row] = await db
		.select({ path: nodes.path })
		.from(users)
		.innerJoin(nodes, eq(nodes.id, users.communityId))
		.where(eq(users.id, userId));
	if (!row) return err('not_found');
	return can(actor, 'member.verify', row.path) ? ok(row.path) : err('forbidden');
}

/**
 * Sets the decision only while the person is still unverified. Two committee members clicking at
 * the same moment both run this UPDATE; the row lock makes the second one re-check the WHERE
 * clause after the first commits, find the status changed, and update nothing.
 */
async function decide(
	db: Db,
	actor: AccessSubject,
	userId: number,
	decision: { status: 'verified' | 'rejected'; reason: string | null }
): Promise<Result<Decided, VerificationError>> {
	const allowed = await authorise(db, actor, userId);
	if (!allowed.ok) return allowed;
	return db.transaction(async (tx) => {
		const [row] = await tx
			.update(users)
			.set({
				status: decision.status,
				statusReason: decision.reason,
				statusChangedAt: sql`now()`,
				statusChangedBy: actor.id
			})
			.where(and(eq(users.id, userId), eq(users.status, 'unverified')))
			.returning({ displayName: users.displayName });
		if (!row) return err('already_decided');
		await record(tx, {
			actorId: actor.id,
			action: decision.status === 'verified' ? 'member.verify' : 'member.reject',
			target: { type: 'user', id: userId },
			nodePath: allowed.value,
			before: { status: 'unverified' },
			after: { status: decision.status },
			reason: decision.reason
		});
		return ok(row);
	});
}

export function approveResident(
	db: Db,
	actor: AccessSubject,
	userId: number
): Promise<Result<Decided, VerificationError>> {
	return decide(db, actor, userId, { status: 'verified', reason: null });
}

/** Rejects with a reason the resident will read, so it must be there and be short. */
export async function rejectResident(
	db: Db,
	actor: AccessSubject,
	userId: number,
	reason: string
): Promise<Result<Decided, VerificationError>> {
	const text = reason.trim();
	if (!text) return err('reason_required');
	if (text.length > MAX_REASON_LENGTH) return err('reason_too_long');
	return decide(db, actor, userId, { status: 'rejected', reason: text });
}
