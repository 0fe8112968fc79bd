import { checkPasswordStrength, type WeakPassword } from '../../domain/identity/password-strength';
import { ACCOUNT_POLICY } from '../../domain/identity/throttle-policy';
import type { Executor } from './db';
import { hashPassword, verifyPassword } from './password';
import { createSession, invalidateUserSessions, type AuthSession } from './session';
import { clearThrottle, recordFailure, throttleWait } from './throttle';
import { findUserById, updatePasswordHash } from './user.repository';

/**
 * - `wrong_password`: the current password does not match;
 * - `throttled`: too many wrong current passwords; wait `retryAfterSeconds`;
 * - a `WeakPassword` code for the new one.
 */
export type ChangePasswordResult =
	| { ok: true; token: string; session: AuthSession }
	| { ok: false; error: 'wrong_password' | WeakPassword }
	| { ok: false; error: 'throttled'; retryAfterSeconds: number };

/**
 * Replaces the password after checking the current one, then ends every session of the account
 * (a thief's included) and returns a fresh one for the browser that made the change.
 */
export async function changePassword(
	db: Executor,
	input: { userId: number; currentPassword: string; newPassword: string },
	now: Date
): Promise<ChangePasswordResult> {
	const user = await findUserById(db, input.userId);
	if (!user) return { ok: false, error: 'wrong_password' };
	// A stolen session must not become a way to guess the password at full speed.
	const throttle = { key: `change:${user.id}`, policy: ACCOUNT_POLICY };
	const wait = await throttleWait(db, [throttle.key], now);
	if (wait > 0) return { ok: false, error: 'throttled', retryAfterSeconds: wait };
	if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
		const imposed = await recordFailure(db, throttle, now);
		if (imposed > 0) return { ok: false, error: 'throttled', retryAfterSeconds: imposed };
		return { ok: false, error: 'wrong_password' };
	}
	const weak = checkPasswordStrength(input.newPassword, [user.phone, user.email]);
	if (weak) return { ok: false, error: weak };
	const passwordHash = await hashPassword(input.newPassword);
	return db.transaction(async (tx) => {
		await updatePasswordHash(tx, user.id, passwordHash);
		await invalidateUserSessions(tx, user.id);
		await clearThrottle(tx, throttle.key);
		const { token, session } = await createSession(tx, user.id, now);
		return { ok: true as const, token, session };
	});
}
