import { eq } from 'drizzle-orm';
import { err, ok, type Result } from '$core/shared';
import { nodes, users } from '$db/schema';
import { can, type AccessSubject } from '$lib/domain/access';
import { record } from '../audit';
import type { Executor } from '../auth/db';
import { isSealed, openField, revealPhone } from '../crypto';
import { readIdNumber } from './id-number';
import { maskField } from './mask';

/** The personal fields kept that can be unmasked (the birth date is not kept, only the year). */
export type UnmaskableField = 'phone' | 'address' | 'idNumber';

/**
 * - `not_found`: no such person (or not in a community);
 * - `forbidden`: the actor may not read members of that community (`member.read`);
 * - `reason_required` / `reason_too_long`: a reason of 1–200 characters is required.
 */
export type UnmaskError = 'not_found' | 'forbidden' | 'reason_required' | 'reason_too_long';

/**
 * Shows one personal field in full to a committee member, and logs who looked at what and why
 * (`personal.unmask`, with the masked value only) in the same transaction.
 */
export async function unmaskPersonalField(
	db: Executor,
	actor: AccessSubject,
	input: { userId: number; field: UnmaskableField; reason: string }
): Promise<Result<{ value: string | null }, UnmaskError>> {
	const reason = input.reason.trim();
	if (!reason) return err('reason_required');
	if (reason.length > 200) return err('reason_too_long');
	const [row] = await db
		.select({
			phone: users.phone,
			phoneCipher: users.phoneCipher,
			address: users.address,
			path: nodes.path
		})
		.from(users)
		.innerJoin(nodes, eq(nodes.id, users.communityId))
		.where(eq(users.id, input.userId));
	if (!row) return err('not_found');
	if (!can(actor, 'member.read', row.path)) return err('forbidden');
	const value = await reveal(db, input.userId, input.field, row);
	await record(db, {
		actorId: actor.id,
		action: 'personal.unmask',
		target: { type: 'user', id: input.userId },
		nodePath: row.path,
		after: { field: input.field, shown: maskField(input.field, value) },
		reason
	});
	return ok({ value });
}

async function reveal(
	db: Executor,
	userId: number,
	field: UnmaskableField,
	row: { phone: string | null; phoneCipher: string | null; address: string | null }
): Promise<string | null> {
	if (field === 'phone') return revealPhone(row);
	if (field === 'idNumber') return readIdNumber(db, userId);
	// A row written before encryption at rest (and not yet migrated) still holds plaintext.
	return row.address && isSealed(row.address) ? openField('address', row.address) : row.address;
}
