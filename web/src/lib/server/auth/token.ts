import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { decodeHex, encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/** 20 random bytes = 160 bits, the Lucia guide's minimum for a bearer token. */
const TOKEN_BYTES = 20;
/** 20 bytes in base32 without padding is exactly 32 characters of a–z and 2–7. */
const TOKEN_SHAPE = /^[a-z2-7]{32}$/;

/** A new random token for a cookie or a reset link. Only its hash is ever stored. */
export function generateToken(): string {
	const bytes = new Uint8Array(TOKEN_BYTES);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** True when the value could be a token we issued; anything else is refused without a query. */
export function isTokenShaped(value: string): boolean {
	return TOKEN_SHAPE.test(value);
}

/** The stored id of a token: SHA-256, hex. A database leak then yields no usable tokens. */
export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Compares two hex hashes in constant time, so timing reveals nothing about a stored hash. */
export function hashesMatch(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	return constantTimeEqual(decodeHex(a), decodeHex(b));
}
