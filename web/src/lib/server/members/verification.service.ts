import { and, asc, eq, sql } from 'drizzle-orm';
import { err, ok, type Result } from '$core/shared';
import type { Db } from '$db/client';
import { nodes, residentIdNumbers, users } from '$db/schema';
import { can, maskPhone, scopesFor, type AccessSubject } from '$lib/domain/access';
import { pathInScopes } from '$lib/server/access/grants.repository';
import { record } from '$lib/server/audit';
import { openField, revealPhone } from '$lib/server/crypto';
import { maskIdNumber, setResidentIdNumber, type IdNumberError } from '$lib/server/privacy';

export interface PendingResident {
	id: number;
	displayName: string;
	/** 138****5678: enough to tell people apart and call them, not enough to copy. */
	maskedPhone: string;
	/** 1101**********1234 when the person gave it at sign-up, else ''. */
	maskedIdNumber: string;
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
			idNumberCipher: residentIdNumbers.idNumberCipher,
			registeredAt: users.createdAt,
			communityId: nodes.id,
			communityName: nodes.name
		})
		.from(users)
		.innerJoin(nodes, eq(nodes.id, users.communityId))
		.leftJoin(residentIdNumbers, eq(residentIdNumbers.userId, users.id))
		.where(and(eq(users.status, 'unverified'), pathInScopes(scopes)))
		.orderBy(asc(users.createdAt), asc(users.id));
	return rows.map(({ phone, phoneCipher, idNumberCipher, ...r }) => ({
		...r,
		maskedPhone: maskPhone(revealPhone({ phone, phoneCipher })),
		maskedIdNumber: maskIdNumber(openField('id_number', idNumberCipher))
	}));
}

/**
 * Why a decision was refused:
 * - `not_found`: no such person, or they belong to no community;
 * - `forbidden`: the actor may not verify in that person's community;
 * - `already_decided`: someone else approved or rejected first (nothing changed);
 * - `reason_required` / `reason_too_long`: a rejection needs a reason of 1–200 characters;
 * - an `IdNumberError` (`id.<code>`): the ID number typed while approving was refused, and the
 *   person stays unverified.
 */
export type VerificationError =
	| 'not_found'
	| 'forbidden'
	| 'already_decided'
	| 'reason_required'
	| 'reason_too_long'
	| `id.${IdNumberError}`;

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
	decision: { status: 'verified' | 'rejected'; reason: string | null; idNumber?: string }
): Promise<Result<Decided, VerificationError>> {
	const allowed = await authorise(db, actor, userId);
	if (!allowed.ok) return allowed;
	try {
		return await decideInTransaction(db, actor, userId, decision, allowed.value);
	} catch (error) {
		if (error instanceof IdNumberRefused) return err(`id.${error.code}` as const);
		throw error;
	}
}

/** Thrown inside the transaction so that the decision already written is rolled back with it. */
class IdNumberRefused extends Error {
	constructor(readonly code: IdNumberError) {
		super(code);
	}
}

async function decideInTransaction(
	db: Db,
	actor: AccessSubject,
	userId: number,
	decision: { status: 'verified' | 'rejected'; reason: string | null; idNumber?: string },
	path: string
): Promise<Result<Decided, VerificationError>> {
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
		if (decision.idNumber) {
			const input = { userId, idNumber: decision.idNumber, now: new Date() };
			const saved = await setResidentIdNumber(tx, actor, input);
			if (!saved.ok) throw new IdNumberRefused(saved.error);
		}
		await record(tx, {
			actorId: actor.id,
			action: decision.status === 'verified' ? 'member.verify' : 'member.reject',
			target: { type: 'user', id: userId },
			nodePath: path,
			before: { status: 'unverified' },
			after: { status: decision.status },
			reason: decision.reason
		});
		return ok(row);
	});
}

/**
 * Verifies a resident, and when the committee member typed the person's ID number from their
 * card, saves it (encrypted) in the same transaction: a refused number verifies nobody.
 */
export function approveResident(
	db: Db,
	actor: AccessSubject,
	userId: number,
	options: { idNumber?: string } = {}
): Promise<Result<Decided, VerificationError>> {
	return decide(db, actor, userId, {
		status: 'verified',
		reason: null,
		idNumber: options.idNumber
	});
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
