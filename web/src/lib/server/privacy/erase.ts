import { err, ok, type Result } from '$core/shared';
import type { Sql } from '$db/client';
import { record } from '../audit';
import { verifyPassword } from '../auth/password';
import type { Executor } from '../auth/db';

/**
 * - `wrong_password`: the password typed to confirm was wrong;
 * - `holds_staff_role`: staff must have their roles removed by an admin first (so no community
 *   is left without its committee by accident);
 * - `not_found`: no such account, or it was already deleted.
 */
export type EraseError = 'wrong_password' | 'holds_staff_role' | 'not_found';

/**
 * Deletes an account at the person's request by anonymising it: name, phone, e-mail, address,
 * ID number and birth year are erased (the ID number's row goes, so its hash no longer blocks
 * the number from another account), the password is made unusable, sessions and two-factor are removed
 * and the account is disabled; a business they applied for loses them as its contact. The row
 * itself stays, as do the ledger accounts and transfers:
 * they carry only opaque ids, so the hash-chained journal still verifies.
 */
export async function eraseAccount(
	deps: { db: Executor; sql: Sql },
	input: { userId: number; password: string; now: Date }
): Promise<Result<null, EraseError>> {
	const { sql } = deps;
	const [user] = await sql<{ passwordHash: string; anonymised: boolean }[]>`
		select password_hash as "passwordHash", anonymised_at is not null as anonymised
		from users where id = ${input.userId}`;
	if (!user || user.anonymised) return err('not_found');
	if (!(await verifyPassword(user.passwordHash, input.password))) return err('wrong_password');
	const [staff] = await sql`select 1 from role_grants where user_id = ${input.userId} limit 1`;
	if (staff) return err('holds_staff_role');
	await sql.begin(async (tx) => {
		await tx`update users set display_name = '—', phone = null, phone_hash = null,
			phone_cipher = null, email = null, address = null, birth_year = null,
			password_hash = '!erased', status = 'disabled', status_reason = null,
			anonymised_at = ${input.now.toISOString()}
			where id = ${input.userId}`;
		await tx`delete from resident_id_numbers where user_id = ${input.userId}`;
		// What someone can do (nursing, repairs) describes them; nothing else needs it once they go.
		await tx`delete from resident_skills where user_id = ${input.userId}`;
		await tx`delete from sessions where user_id = ${input.userId}`;
		await tx`delete from password_reset_tokens where user_id = ${input.userId}`;
		await tx`delete from two_factor_secrets where user_id = ${input.userId}`;
		await tx`delete from two_factor_recovery_codes where user_id = ${input.userId}`;
		// A business they applied for named them as its contact; the business itself stays.
		await tx`update partners set contact_name = null, contact_phone = null,
			contact_phone_cipher = null where applicant_id = ${input.userId}`;
	});
	await record(deps.db, {
		actorId: input.userId,
		action: 'account.delete',
		target: { type: 'user', id: input.userId },
		at: input.now
	});
	return ok(null);
}
