import { COMMON_PASSWORDS } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 10;
/** Long enough for any passphrase; stops a megabyte "password" from tying up the hasher. */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Why a password is refused:
 * - `too_short`: fewer than 10 characters;
 * - `too_long`: more than 256 characters;
 * - `too_common`: on the list of passwords attackers try first, or one character repeated;
 * - `too_personal`: it is the person's own phone number, e-mail or name.
 */
export type WeakPassword = 'too_short' | 'too_long' | 'too_common' | 'too_personal';

/** Returns why the password is weak, or null when it may be used. */
export function checkPasswordStrength(
	password: string,
	personal: readonly (string | null | undefined)[] = []
): WeakPassword | null {
	// Count code points, not UTF-16 units, so a Chinese passphrase is measured as people see it.
	const length = [...password].length;
	if (length < MIN_PASSWORD_LENGTH) return 'too_short';
	if (length > MAX_PASSWORD_LENGTH) return 'too_long';
	const lower = password.toLowerCase();
	if (COMMON_PASSWORDS.has(lower) || new Set(lower).size === 1) return 'too_common';
	for (const value of personal) {
		if (value && value.length >= 4 && lower.includes(value.trim().toLowerCase())) {
			return 'too_personal';
		}
	}
	return null;
}
