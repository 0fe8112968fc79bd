import { loginIdValue, parseLoginId } from '../../domain/identity/login-id';
import { ACCOUNT_POLICY, IP_POLICY } from '../../domain/identity/throttle-policy';
import type { Executor } from './db';
import { verifyDummyPassword, verifyPassword } from './password';
import { createSession, type AuthSession } from './session';
import { clearThrottle, recordFailure, throttleWait, type ThrottleKey } from './throttle';
import { findUserByLoginId } from './user.repository';

export interface LoginInput {
	login: string;
	password: string;
	/** The client address, for the per-IP throttle. */
	ip: string;
}

/**
 * - `invalid_credentials`: unknown account or wrong password (deliberately indistinguishable);
 * - `throttled`: too many failures for this account or address; wait `retryAfterSeconds`;
 * - `account_disabled`: the password was right but the account is disabled.
 */
export type LoginResult =
	| { ok: true; userId: number; token: string; session: AuthSession }
	| { ok: false; error: 'invalid_credentials' | 'account_disabled' }
	| { ok: false; error: 'throttled'; retryAfterSeconds: number };

/**
 * Checks a phone/e-mail and password and starts a new session (never reusing one, against
 * session fixation). The account throttle is keyed by what was typed, not by user id, so an
 * unknown number is throttled exactly like a real one and throttling reveals nothing either.
 */
export async function logIn(db: Executor, input: LoginInput, now: Date): Promise<LoginResult> {
	const id = parseLoginId(input.login);
	const account: ThrottleKey = {
		key: `account:${id ? loginIdValue(id) : input.login.trim().toLowerCase()}`,
		policy: ACCOUNT_POLICY
	};
	const address: ThrottleKey = { key: `ip:${input.ip}`, policy: IP_POLICY };
	const wait = await throttleWait(db, [account.key, address.key], now);
	if (wait > 0) return { ok: false, error: 'throttled', retryAfterSeconds: wait };

	const user = id ? await findUserByLoginId(db, id) : null;
	const valid = user
		? await verifyPassword(user.passwordHash, input.password)
		: await verifyDummyPassword(input.password);
	if (!user || !valid) {
		const delays = [await recordFailure(db, account, now), await recordFailure(db, address, now)];
		const imposed = Math.max(...delays);
		if (imposed > 0) return { ok: false, error: 'throttled', retryAfterSeconds: imposed };
		return { ok: false, error: 'invalid_credentials' };
	}
	await clearThrottle(db, account.key);
	if (user.status === 'disabled') return { ok: false, error: 'account_disabled' };
	const { token, session } = await createSession(db, user.id, now);
	return { ok: true, userId: user.id, token, session };
}
