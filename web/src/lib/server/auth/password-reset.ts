import { and, eq, gt, isNull } from 'drizzle-orm';
import { passwordResetTokens } from '../../../../../db/schema';
import { loginIdValue, parseLoginId } from '../../domain/identity/login-id';
import { checkPasswordStrength, type WeakPassword } from '../../domain/identity/password-strength';
import { translate } from '../../i18n';
import type { Mailer } from '../mail/mailer';
import type { Executor } from './db';
import { hashPassword } from './password';
import { invalidateUserSessions } from './session';
import { clearThrottle } from './throttle';
import { hashesMatch, hashToken, isTokenShaped, generateToken } from './token';
import { findUserById, findUserByLoginId, updatePasswordHash } from './user.repository';

export const RESET_TOKEN_MINUTES = 30;
/** One message a minute per account at most, so the form cannot be used to flood someone. */
const RESEND_AFTER_MS = 60 * 1000;

/**
 * Sends a one-time reset link to the phone or e-mail that was typed, if it has an account. The
 * caller always shows the same "if an account exists…" answer, so this never says which.
 */
export async function requestPasswordReset(
	deps: { db: Executor; mailer: Mailer },
	input: { login: string; origin: string },
	now: Date
): Promise<void> {
	const { db, mailer } = deps;
	const id = parseLoginId(input.login);
	const user = id ? await findUserByLoginId(db, id) : null;
	if (!id || !user || user.status === 'disabled') return;
	const recent = await db
		.select({ id: passwordResetTokens.id })
		.from(passwordResetTokens)
		.where(
			and(
				eq(passwordResetTokens.userId, user.id),
				gt(passwordResetTokens.createdAt, new Date(now.getTime() - RESEND_AFTER_MS))
			)
		)
		.limit(1);
	if (recent.length > 0) return;

	const token = generateToken();
	await db.transaction(async (tx) => {
		// Only the newest link works: asking again retires the earlier ones.
		await tx
			.delete(passwordResetTokens)
			.where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)));
		await tx.insert(passwordResetTokens).values({
			id: hashToken(token),
			userId: user.id,
			expiresAt: new Date(now.getTime() + RESET_TOKEN_MINUTES * 60 * 1000),
			createdAt: now
		});
	});
	const link = `${input.origin}/reset-password?token=${token}`;
	const params = { link, minutes: RESET_TOKEN_MINUTES };
	const sms = id.kind === 'phone';
	await mailer.send({
		to: loginIdValue(id),
		subject: translate(user.locale, sms ? 'auth.reset.sms.subject' : 'auth.reset.mail.subject'),
		body: translate(user.locale, sms ? 'auth.reset.sms.body' : 'auth.reset.mail.body', params)
	});
}

/**
 * - `invalid_token`: not a link we sent (or retired by a newer one);
 * - `token_expired`: older than 30 minutes;
 * - `token_used`: the link was already used once.
 */
export type ResetTokenError = 'invalid_token' | 'token_expired' | 'token_used';

/** Checks a reset link before showing the form, so a dead link is explained straight away. */
export async function inspectResetToken(
	db: Executor,
	token: string,
	now: Date
): Promise<{ ok: true; userId: number; tokenId: string } | { ok: false; error: ResetTokenError }> {
	if (!isTokenShaped(token)) return { ok: false, error: 'invalid_token' };
	const tokenId = hashToken(token);
	const [row] = await db
		.select()
		.from(passwordResetTokens)
		.where(eq(passwordResetTokens.id, tokenId))
		.limit(1);
	if (!row || !hashesMatch(row.id, tokenId)) return { ok: false, error: 'invalid_token' };
	if (row.usedAt) return { ok: false, error: 'token_used' };
	if (now >= row.expiresAt) return { ok: false, error: 'token_expired' };
	return { ok: true, userId: row.userId, tokenId };
}

/**
 * Sets a new password from a reset link, uses the link up and ends every session of the account.
 * The caller then starts a fresh session for this browser.
 */
export async function resetPassword(
	db: Executor,
	input: { token: string; password: string },
	now: Date
): Promise<{ ok: true; userId: number } | { ok: false; error: ResetTokenError | WeakPassword }> {
	const checked = await inspectResetToken(db, input.token, now);
	if (!checked.ok) return checked;
	const user = await findUserById(db, checked.userId);
	if (!user) return { ok: false, error: 'invalid_token' };
	const weak = checkPasswordStrength(input.password, [user.phone, user.email]);
	if (weak) return { ok: false, error: weak };
	const passwordHash = await hashPassword(input.password);
	return db.transaction(async (tx) => {
		// The conditional update is the real one-time check: of two racing submits, one wins.
		const used = await tx
			.update(passwordResetTokens)
			.set({ usedAt: now })
			.where(and(eq(passwordResetTokens.id, checked.tokenId), isNull(passwordResetTokens.usedAt)))
			.returning({ id: passwordResetTokens.id });
		if (used.length === 0) return { ok: false as const, error: 'token_used' as const };
		await updatePasswordHash(tx, user.id, passwordHash);
		await invalidateUserSessions(tx, user.id);
		// Whoever proved control of the phone or mailbox should not stay locked out.
		for (const login of [user.phone, user.email]) {
			if (login) await clearThrottle(tx, `account:${login}`);
		}
		return { ok: true as const, userId: user.id };
	});
}
