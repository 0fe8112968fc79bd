import { toHex, utf8 } from '$core/journal/bytes';
import { sha256 as defaultSha256, type Sha256 } from '$core/journal/hash';

// Crockford base32 without I, L, O, U: nothing an older eye can confuse (0/O, 1/I/L).
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 symbols × 5 bits = 80 random bits: too many to guess, short enough to write down. */
export const RECEIPT_SYMBOLS = 16;

/**
 * Turns random bytes (from the caller: the core never draws randomness) into a receipt code
 * such as `7KQM-2XPD-9HTR-4WBN`. Needs RECEIPT_SYMBOLS bytes; each keeps its low 5 bits, which
 * is uniform because 256 is a multiple of 32.
 */
export function formatReceiptCode(random: Uint8Array): string {
	if (random.length < RECEIPT_SYMBOLS) throw new Error('formatReceiptCode: not enough bytes');
	let code = '';
	for (let i = 0; i < RECEIPT_SYMBOLS; i += 1) {
		code += ALPHABET[(random[i] ?? 0) & 31];
		if (i % 4 === 3 && i < RECEIPT_SYMBOLS - 1) code += '-';
	}
	return code;
}

/**
 * What a person typed, in canonical form: upper case, no spaces or dashes, and the letters
 * people mistake for digits read as those digits. Null when it cannot be a receipt code.
 */
export function normalizeReceiptCode(input: string): string | null {
	const cleaned = input
		.toUpperCase()
		.replace(/[\s-]/g, '')
		.replace(/O/g, '0')
		.replace(/[IL]/g, '1');
	if (cleaned.length !== RECEIPT_SYMBOLS) return null;
	return [...cleaned].every((c) => ALPHABET.includes(c)) ? cleaned : null;
}

/**
 * The only thing stored about a receipt: SHA-256 over the vote id and the normalised code. The
 * vote id is inside so one code can never match a ballot of another vote. The code has 80 random
 * bits, so the hash cannot be reversed by trying codes.
 */
export function receiptHash(
	voteId: number,
	code: string,
	hash: Sha256 = defaultSha256
): string | null {
	const normal = normalizeReceiptCode(code);
	if (normal === null) return null;
	return toHex(hash(utf8(`linli-council-receipt:v1:${voteId}:${normal}`)));
}
