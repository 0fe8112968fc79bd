/**
 * Voucher codes: 8 characters a resident can read aloud and a shop assistant can type. The
 * alphabet leaves out the look-alikes 0/O, 1/I/L and has 31 symbols, a prime, so the weighted
 * check character catches every single wrong character and every swap of two neighbours.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;
const BASE = CODE_ALPHABET.length;

function checkCharacter(body: string): string {
	let sum = 0;
	for (let i = 0; i < body.length; i++) {
		// Weights 1..7 are all non-zero modulo 31, which is what makes transpositions visible.
		sum += (i + 1) * CODE_ALPHABET.indexOf(body.charAt(i));
	}
	return CODE_ALPHABET.charAt(sum % BASE);
}

/**
 * Builds a code from 7 random bytes (the caller passes them in, so this stays deterministic).
 * The small bias of `byte % 31` is irrelevant here: codes are unique by database constraint and
 * guessing is defeated by the check against the partner and the hold, not by entropy alone.
 */
export function voucherCodeFrom(randomBytes: Uint8Array): string {
	if (randomBytes.length < CODE_LENGTH - 1) throw new Error('need 7 random bytes');
	let body = '';
	for (let i = 0; i < CODE_LENGTH - 1; i++) {
		body += CODE_ALPHABET.charAt((randomBytes[i] ?? 0) % BASE);
	}
	return body + checkCharacter(body);
}

/**
 * What a person typed, tidied: upper case, spaces and dashes dropped. Null when it cannot be a
 * code (wrong length, a character outside the alphabet or a wrong check character), so a typo is
 * told apart from "no such voucher" without a database look-up.
 */
export function normalizeVoucherCode(input: string): string | null {
	const tidy = input.toUpperCase().replace(/[\s-]/g, '');
	if (tidy.length !== CODE_LENGTH) return null;
	for (const c of tidy) if (!CODE_ALPHABET.includes(c)) return null;
	const body = tidy.slice(0, CODE_LENGTH - 1);
	return checkCharacter(body) === tidy.charAt(CODE_LENGTH - 1) ? tidy : null;
}

/** Shows a code in two groups of four, easier to read out: `ABCD EFGH`. */
export function formatVoucherCode(code: string): string {
	return `${code.slice(0, 4)} ${code.slice(4)}`;
}
