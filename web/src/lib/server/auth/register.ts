import type { Locale } from '../../../../../db/schema';
import { parseLoginId } from '../../domain/identity/login-id';
import { checkPasswordStrength, type WeakPassword } from '../../domain/identity/password-strength';
import { isCommunity } from './community.repository';
import { isUniqueViolation, type Executor } from './db';
import { hashPassword } from './password';
import { createSession, type AuthSession } from './session';
import { insertUser } from './user.repository';

export interface RegisterInput {
	/** Phone number or e-mail, as typed. */
	login: string;
	password: string;
	displayName: string;
	communityId: number;
	locale: Locale;
}

/**
 * - `invalid_login`: neither a mainland mobile number nor an e-mail address;
 * - `login_taken`: that phone number or e-mail already has an account;
 * - `invalid_name`: the display name is empty or longer than 40 characters;
 * - `unknown_community`: the id is not a community in the hierarchy;
 * - a `WeakPassword` code.
 */
export type RegisterError =
	'invalid_login' | 'login_taken' | 'invalid_name' | 'unknown_community' | WeakPassword;

export type RegisterResult =
	| { ok: true; userId: number; token: string; session: AuthSession }
	| { ok: false; error: RegisterError };

export const MAX_DISPLAY_NAME_LENGTH = 40;

/** Creates an unverified account and logs it in. A committee verifies it later. */
export async function registerUser(
	db: Executor,
	input: RegisterInput,
	now: Date
): Promise<RegisterResult> {
	const id = parseLoginId(input.login);
	if (!id) return { ok: false, error: 'invalid_login' };
	const displayName = input.displayName.trim();
	if (!displayName || [...displayName].length > MAX_DISPLAY_NAME_LENGTH) {
		return { ok: false, error: 'invalid_name' };
	}
	const weak = checkPasswordStrength(input.password, [id.kind === 'phone' ? id.phone : id.email]);
	if (weak) return { ok: false, error: weak };
	if (!(await isCommunity(db, input.communityId))) return { ok: false, error: 'unknown_community' };
	const passwordHash = await hashPassword(input.password);
	try {
		return await db.transaction(async (tx) => {
			const userId = await insertUser(tx, {
				id,
				displayName,
				passwordHash,
				communityId: input.communityId,
				locale: input.locale,
				now
			});
			const { token, session } = await createSession(tx, userId, now);
			return { ok: true as const, userId, token, session };
		});
	} catch (error) {
		// Checked after hashing, by the unique index itself, so two racing sign-ups cannot both win.
		if (isUniqueViolation(error)) return { ok: false, error: 'login_taken' };
		throw error;
	}
}
