import { eq } from 'drizzle-orm';
import { err, ok, type Result } from '$core/shared';
import type { Sql } from '$db/client';
import { nodes, residentIdNumbers, users } from '$db/schema';
import { can, type AccessSubject } from '$lib/domain/access';
import { parseResidentId, type ResidentIdError } from '$lib/domain/identity/resident-id';
import { record } from '../audit';
import { isUniqueViolation, type Executor } from '../auth/db';
import { encryptField, lookupHash, openField } from '../crypto';
import { maskIdNumber } from './mask';

/**
 * Why an ID number was not saved:
 * - a `ResidentIdError`: not a valid 18-character ID number (says which way);
 * - `taken`: another account already holds this number (one number, one member account);
 * - `already_set`: the person tried to change their own number once it is on file (only the
 *   committee may correct it, so a verified identity cannot be swapped afterwards);
 * - `not_found`: no such person, or not in a community;
 * - `forbidden`: someone else's number, and the actor may not verify members of their community.
 */
export type IdNumberError = ResidentIdError | 'taken' | 'already_set' | 'not_found' | 'forbidden';

/** The keyed hash stored in `resident_id_numbers.id_number_hash`, for duplicate detection. */
export function idNumberHash(idNumber: string): string {
	return lookupHash('id_number', idNumber);
}

/**
 * Saves a resident's ID number, encrypted, with its keyed hash, and logs who did it (masked).
 * Entered by the person themself (only while none is on file) or by a committee member who may
 * verify members of the person's community (also to correct it). Pass the transaction that the
 * rest of the change runs in (e.g. verifying the person) so both commit or neither does; on
 * `taken` inside a caller's transaction, the caller must roll back (the insert failed).
 */
export async function setResidentIdNumber(
	db: Executor,
	actor: AccessSubject,
	input: { userId: number; idNumber: string; now: Date }
): Promise<Result<{ masked: string }, IdNumberError>> {
	const parsed = parseResidentId(input.idNumber);
	if (!parsed.ok) return parsed;
	const [person] = await db
		.select({ path: nodes.path, cipher: residentIdNumbers.idNumberCipher })
		.from(users)
		.innerJoin(nodes, eq(nodes.id, users.communityId))
		.leftJoin(residentIdNumbers, eq(residentIdNumbers.userId, users.id))
		.where(eq(users.id, input.userId));
	if (!person) return err('not_found');
	const self = actor.id === input.userId;
	if (!self && !can(actor, 'member.verify', person.path)) return err('forbidden');
	const before = openField('id_number', person.cipher);
	if (self && before !== null && before !== parsed.value) return err('already_set');
	const masked = maskIdNumber(parsed.value);
	if (before === parsed.value) return ok({ masked });
	const row = {
		userId: input.userId,
		idNumberCipher: encryptField('id_number', parsed.value),
		idNumberHash: idNumberHash(parsed.value),
		enteredBy: actor.id,
		updatedAt: input.now
	};
	const saved = await saveRow(db, row);
	if (!saved) return err('taken');
	await record(db, {
		actorId: actor.id,
		action: 'member.id_number',
		target: { type: 'user', id: input.userId },
		nodePath: person.path,
		before: before === null ? null : { idNumber: maskIdNumber(before) },
		after: { idNumber: masked },
		at: input.now
	});
	return ok({ masked });
}

/**
 * Inserts or replaces the row. A number held by another account breaks the unique hash; a
 * savepoint keeps the caller's transaction usable so it can answer `taken` and roll back cleanly.
 */
async function saveRow(db: Executor, row: typeof residentIdNumbers.$inferInsert): Promise<boolean> {
	try {
		await db.transaction(async (tx) => {
			await tx
				.insert(residentIdNumbers)
				.values(row)
				.onConflictDoUpdate({
					target: residentIdNumbers.userId,
					set: {
						idNumberCipher: row.idNumberCipher,
						idNumberHash: row.idNumberHash,
						enteredBy: row.enteredBy,
						updatedAt: row.updatedAt
					}
				});
		});
		return true;
	} catch (error) {
		if (isUniqueViolation(error)) return false;
		throw error;
	}
}

/** The plaintext number of one person, or null; for the person themself and the logged unmask. */
export async function readIdNumber(db: Executor, userId: number): Promise<string | null> {
	const [row] = await db
		.select({ cipher: residentIdNumbers.idNumberCipher })
		.from(residentIdNumbers)
		.where(eq(residentIdNumbers.userId, userId));
	return openField('id_number', row?.cipher);
}

/** Masked numbers (1101**********1234) of several people, for lists shown to staff. */
export async function maskedIdNumbers(
	sql: Sql,
	userIds: readonly number[]
): Promise<Map<number, string>> {
	if (userIds.length === 0) return new Map();
	const rows = await sql<{ userId: number; cipher: string }[]>`
		select user_id as "userId", id_number_cipher as cipher from resident_id_numbers
		where user_id = any(${[...userIds]}::int[])`;
	return new Map(rows.map((r) => [r.userId, maskIdNumber(openField('id_number', r.cipher))]));
}
