import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

/** A code is shown for one window and accepted during it and the one after: 15–30 s in all. */
export const QR_WINDOW_SECONDS = 15;
/** How many older windows are told apart as "expired" rather than "wrong". */
const EXPIRED_LOOKBACK_WINDOWS = 240;
const DIGITS = 6;

export type CodeError = 'code_malformed' | 'code_expired' | 'code_invalid';

export interface CodeCheck {
	/** The window the code was made for; used to refuse its second use by the same person. */
	window: number;
}

export function windowAt(now: Date): number {
	return Math.floor(now.getTime() / 1000 / QR_WINDOW_SECONDS);
}

/** Seconds until the current code changes, for the organiser's count-down. */
export function secondsLeft(now: Date): number {
	return QR_WINDOW_SECONDS - (Math.floor(now.getTime() / 1000) % QR_WINDOW_SECONDS);
}

/**
 * A six-digit code, TOTP style: HMAC-SHA256 of what it is bound to (`slot:12`, `user:5`) and the
 * time window, truncated. Short enough for a 75-year-old to type when the camera fails.
 */
export function codeFor(secret: Uint8Array, subject: string, window: number): string {
	const mac = hmac(sha256, secret, new TextEncoder().encode(`${subject}|${window}`));
	const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
	const value =
		(((mac[offset] ?? 0) & 0x7f) << 24) |
		((mac[offset + 1] ?? 0) << 16) |
		((mac[offset + 2] ?? 0) << 8) |
		(mac[offset + 3] ?? 0);
	return String(value % 10 ** DIGITS).padStart(DIGITS, '0');
}

/** Compares two codes in time independent of where they differ. */
function sameCode(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	let diff = 0;
	for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
	return diff === 0;
}

/** Digits only; people type spaces and dashes, which we drop. */
export function normaliseCode(raw: string): string | null {
	const digits = raw.replace(/[\s-]/g, '');
	return new RegExp(`^\\d{${DIGITS}}$`).test(digits) ? digits : null;
}

/**
 * Checks a typed or scanned code for `subject` at `now`. Errors: `code_malformed` (not six
 * digits), `code_expired` (right code, but from an older window), `code_invalid` (forged, or
 * for another slot or person).
 */
export function verifyCode(
	secret: Uint8Array,
	subject: string,
	raw: string,
	now: Date
): { ok: true; value: CodeCheck } | { ok: false; error: CodeError } {
	const code = normaliseCode(raw);
	if (code === null) return { ok: false, error: 'code_malformed' };
	const current = windowAt(now);
	for (const window of [current, current - 1]) {
		if (sameCode(codeFor(secret, subject, window), code)) return { ok: true, value: { window } };
	}
	for (let back = 2; back <= EXPIRED_LOOKBACK_WINDOWS; back++) {
		if (sameCode(codeFor(secret, subject, current - back), code)) {
			return { ok: false, error: 'code_expired' };
		}
	}
	return { ok: false, error: 'code_invalid' };
}

export const slotSubject = (slotId: number) => `slot:${slotId}`;
export const userSubject = (userId: number) => `user:${userId}`;

/** A person's code as shown to the organiser: `<user id>-<six digits>`. */
export function personalCode(secret: Uint8Array, userId: number, now: Date): string {
	return `${userId}-${codeFor(secret, userSubject(userId), windowAt(now))}`;
}

/** Splits `<user id>-<six digits>`; null when it has another shape. */
export function parsePersonalCode(raw: string): { userId: number; code: string } | null {
	const match = /^\s*(\d{1,9})\s*-\s*(\d{3}\s?\d{3})\s*$/.exec(raw);
	if (!match?.[1] || !match[2]) return null;
	return { userId: Number(match[1]), code: match[2].replace(/\s/g, '') };
}
