import { eq, or, type SQL } from 'drizzle-orm';
import { users } from '$db/schema';
import { encryptField, lookupHash, openField } from './field-cipher';

/** The keyed hash stored in `users.phone_hash`, for finding an account by its number. */
export function phoneHash(phone: string): string {
	return lookupHash('phone', phone);
}

/** What to write into `users` for a phone number: the plaintext column stays empty. */
export function phoneColumns(phone: string | null): {
	phone: null;
	phoneHash: string | null;
	phoneCipher: string | null;
} {
	if (phone === null) return { phone: null, phoneHash: null, phoneCipher: null };
	return { phone: null, phoneHash: phoneHash(phone), phoneCipher: encryptField('phone', phone) };
}

/**
 * WHERE clause finding the user with this (normalised) number. It also matches a row still in
 * the legacy plaintext column, which older code paths and test fixtures may write until the
 * start-up step (privacy/encrypt-at-rest.ts) encrypts it.
 */
export function userHasPhone(phone: string): SQL {
	return or(eq(users.phoneHash, phoneHash(phone)), eq(users.phone, phone)) as SQL;
}

/** The plaintext number of a row read with both phone columns. */
export function revealPhone(row: {
	phone: string | null;
	phoneCipher: string | null;
}): string | null {
	return openField('phone', row.phoneCipher) ?? row.phone;
}
