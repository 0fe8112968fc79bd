import { and, eq, isNull, sql } from 'drizzle-orm';
import { err, ok, type Result } from '$core/shared';
import { sessions, twoFactorRecoveryCodes, twoFactorSecrets } from '$db/schema';
import type { Role } from '$lib/domain/access';
import { record } from '../audit';
import type { Executor } from '../auth/db';
import { decryptField, encryptField } from '../crypto';
import {
	hashRecoveryCode,
	keyFromBase32,
	keyToBase32,
	keyUri,
	matchingStep,
	newRecoveryCodes,
	newTotpKey
} from './codes';

/** Roles whose holders must pass a second factor; partner managers are checked separately. */
export const TWO_FACTOR_ROLES: readonly Role[] = ['committee', 'auditor', 'admin'];

interface Subject {
	id: number;
	roles: readonly { role: Role }[];
}

/** Committee, auditor, admin, and the managers of partner businesses. */
export async function mustUseTwoFactor(db: Executor, user: Subject): Promise<boolean> {
	if (user.roles.some((g) => TWO_FACTOR_ROLES.includes(g.role))) return true;
	if (!user.roles.some((g) => g.role === 'partner')) return false;
	const rows = await db.execute<{ manager: boolean }>(
		sql`select exists(select 1 from partner_staff where user_id = ${user.id} and is_manager) as manager`
	);
	return [...rows][0]?.manager === true;
}

export async function twoFactorState(
	db: Executor,
	userId: number
): Promise<{ enabled: boolean; recoveryLeft: number }> {
	const [secret] = await db
		.select({ enabledAt: twoFactorSecrets.enabledAt })
		.from(twoFactorSecrets)
		.where(eq(twoFactorSecrets.userId, userId));
	const [left] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(twoFactorRecoveryCodes)
		.where(and(eq(twoFactorRecoveryCodes.userId, userId), isNull(twoFactorRecoveryCodes.usedAt)));
	return { enabled: Boolean(secret?.enabledAt), recoveryLeft: left?.n ?? 0 };
}

/**
 * Starts (or restarts) enrolment with a fresh key, kept encrypted until the first correct code
 * confirms it. Refused once enrolment is complete (`already_enabled`).
 */
export async function beginEnrolment(
	db: Executor,
	input: { userId: number; accountName: string }
): Promise<Result<{ secret: string; uri: string }, 'already_enabled'>> {
	const key = newTotpKey();
	const secretCipher = encryptField('totp_secret', keyToBase32(key));
	const rows = await db
		.insert(twoFactorSecrets)
		.values({ userId: input.userId, secretCipher })
		.onConflictDoUpdate({
			target: twoFactorSecrets.userId,
			set: { secretCipher, lastStep: null, createdAt: sql`now()` },
			setWhere: isNull(twoFactorSecrets.enabledAt)
		})
		.returning({ userId: twoFactorSecrets.userId });
	if (rows.length === 0) return err('already_enabled');
	return ok({ secret: keyToBase32(key), uri: keyUri(input.accountName, key) });
}

/** The pending key again (to redraw the QR code after a wrong code), or null. */
export async function pendingEnrolment(
	db: Executor,
	input: { userId: number; accountName: string }
): Promise<{ secret: string; uri: string } | null> {
	const [row] = await db
		.select()
		.from(twoFactorSecrets)
		.where(and(eq(twoFactorSecrets.userId, input.userId), isNull(twoFactorSecrets.enabledAt)));
	if (!row) return null;
	const secret = decryptField('totp_secret', row.secretCipher);
	return { secret, uri: keyUri(input.accountName, keyFromBase32(secret)) };
}

export type SecondFactorError = 'not_enrolled' | 'wrong_code';

/**
 * Checks a TOTP code (or, with `recovery`, a one-time recovery code) and marks the session as
 * having passed. During enrolment the first correct code switches two-factor on and returns the
 * new recovery codes, shown once. Errors: `not_enrolled`, `wrong_code`.
 */
export async function passSecondFactor(
	db: Executor,
	input: { userId: number; sessionId: string; code: string; recovery?: boolean; now: Date }
): Promise<Result<{ recoveryCodes: string[] | null }, SecondFactorError>> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select()
			.from(twoFactorSecrets)
			.where(eq(twoFactorSecrets.userId, input.userId))
			.for('update');
		if (!row) return err('not_enrolled');
		const enrolling = row.enabledAt === null;
		if (input.recovery) {
			if (enrolling || !(await useRecoveryCode(tx, input.userId, input.code, input.now))) {
				return err('wrong_code');
			}
		} else {
			const key = keyFromBase32(decryptField('totp_secret', row.secretCipher));
			const step = matchingStep(key, input.code, input.now, row.lastStep);
			if (step === null) return err('wrong_code');
			await tx
				.update(twoFactorSecrets)
				.set({ lastStep: step, enabledAt: row.enabledAt ?? input.now })
				.where(eq(twoFactorSecrets.userId, input.userId));
		}
		await tx
			.update(sessions)
			.set({ twoFactorAt: input.now })
			.where(and(eq(sessions.id, input.sessionId), eq(sessions.userId, input.userId)));
		if (input.recovery) {
			await record(tx, {
				actorId: input.userId,
				action: 'twofactor.recovery_used',
				target: { type: 'user', id: input.userId }
			});
		}
		if (!enrolling) return ok({ recoveryCodes: null });
		await record(tx, {
			actorId: input.userId,
			action: 'twofactor.enable',
			target: { type: 'user', id: input.userId }
		});
		return ok({ recoveryCodes: await replaceRecoveryCodes(tx, input.userId) });
	});
}

async function useRecoveryCode(
	db: Executor,
	userId: number,
	code: string,
	now: Date
): Promise<boolean> {
	const used = await db
		.update(twoFactorRecoveryCodes)
		.set({ usedAt: now })
		.where(
			and(
				eq(twoFactorRecoveryCodes.userId, userId),
				eq(twoFactorRecoveryCodes.codeHash, hashRecoveryCode(code)),
				isNull(twoFactorRecoveryCodes.usedAt)
			)
		)
		.returning({ userId: twoFactorRecoveryCodes.userId });
	return used.length > 0;
}

/** Throws away every old recovery code and returns ten new ones (shown once, stored hashed). */
export async function replaceRecoveryCodes(db: Executor, userId: number): Promise<string[]> {
	const codes = newRecoveryCodes();
	await db.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, userId));
	await db
		.insert(twoFactorRecoveryCodes)
		.values(codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })));
	return codes;
}
