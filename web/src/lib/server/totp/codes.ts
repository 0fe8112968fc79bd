import { createHash, randomBytes, randomInt } from 'node:crypto';
import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Accept the previous and next code too: phones' clocks drift and people type slowly. */
const DRIFT_STEPS = 1;

export function newTotpKey(): Uint8Array {
	return new Uint8Array(randomBytes(20));
}

/** Base32, as authenticator apps show and accept a key typed by hand. */
export function keyToBase32(key: Uint8Array): string {
	return encodeBase32UpperCaseNoPadding(key);
}

export function keyFromBase32(text: string): Uint8Array {
	return decodeBase32IgnorePadding(text.replace(/\s+/g, '').toUpperCase());
}

export function stepAt(now: Date): number {
	return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code an authenticator shows at `now`. */
export function totpAt(key: Uint8Array, now: Date): string {
	return generateHOTP(key, BigInt(stepAt(now)), TOTP_DIGITS);
}

/**
 * The time step whose code matches, or null. Steps at or before `lastStep` are refused, so a
 * code seen over someone's shoulder cannot be used a second time.
 */
export function matchingStep(
	key: Uint8Array,
	code: string,
	now: Date,
	lastStep: number | null
): number | null {
	const typed = code.replace(/\s+/g, '');
	if (!/^\d{6}$/.test(typed)) return null;
	const current = stepAt(now);
	for (let step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
		if (lastStep !== null && step <= lastStep) continue;
		if (generateHOTP(key, BigInt(step), TOTP_DIGITS) === typed) return step;
	}
	return null;
}

export function keyUri(accountName: string, key: Uint8Array): string {
	return createTOTPKeyURI('Linli 邻里', accountName, key, TOTP_PERIOD_SECONDS, TOTP_DIGITS);
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;

/** Ten codes like `k7rm-2xqp`: 40 bits each, no look-alike characters. */
export function newRecoveryCodes(): string[] {
	const one = () =>
		Array.from({ length: 8 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join(
			''
		);
	return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
		const c = one();
		return `${c.slice(0, 4)}-${c.slice(4)}`;
	});
}

export function hashRecoveryCode(code: string): string {
	const normal = code
		.trim()
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
	return createHash('sha256').update(normal).digest('hex');
}
