import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { dataKeys, type DataKeys } from './data-key';

/** Which column a value belongs to. It is bound into the ciphertext, so values cannot be swapped. */
export type PersonalField = 'phone' | 'address' | 'id_number' | 'totp_secret';

const PREFIX = 'v1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** AES-256-GCM with a fresh 96-bit IV; the result is `v1.` + base64url(iv ‖ ciphertext ‖ tag). */
export function encryptField(
	field: PersonalField,
	plain: string,
	keys: DataKeys = dataKeys()
): string {
	const iv = randomBytes(IV_BYTES);
	const cipher = createCipheriv('aes-256-gcm', keys.encryption, iv);
	cipher.setAAD(Buffer.from(field));
	const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
	return PREFIX + Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

/** Throws when the value was tampered with, encrypted for another field or with another key. */
export function decryptField(
	field: PersonalField,
	sealed: string,
	keys: DataKeys = dataKeys()
): string {
	if (!isSealed(sealed)) throw new Error(`${field}: not an encrypted value`);
	const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64url');
	const iv = raw.subarray(0, IV_BYTES);
	const tag = raw.subarray(raw.length - TAG_BYTES);
	const decipher = createDecipheriv('aes-256-gcm', keys.encryption, iv);
	decipher.setAAD(Buffer.from(field));
	decipher.setAuthTag(tag);
	const body = raw.subarray(IV_BYTES, raw.length - TAG_BYTES);
	return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

/** Null in, null out: for optional columns. */
export function openField(
	field: PersonalField,
	sealed: string | null | undefined,
	keys?: DataKeys
): string | null {
	return sealed ? decryptField(field, sealed, keys) : null;
}

export function isSealed(value: string): boolean {
	return value.startsWith(PREFIX);
}

/**
 * A keyed hash (HMAC-SHA256, hex) for finding a row by an encrypted value, e.g. logging in by
 * phone number. Without the key it cannot be reversed by trying all 10^11 phone numbers.
 */
export function lookupHash(
	field: PersonalField,
	value: string,
	keys: DataKeys = dataKeys()
): string {
	return createHmac('sha256', keys.lookup).update(`${field}:${value}`).digest('hex');
}
