import { err, ok, type Result } from '$core/shared';

/**
 * Why a typed ID number (居民身份证号码) was refused:
 * - `empty`: nothing was typed;
 * - `wrong_length`: not 18 characters (the old 15-digit cards expired in 2013);
 * - `bad_characters`: anything but 17 digits followed by a digit or X;
 * - `bad_birth_date`: characters 7–14 are not a real date from 1900 on;
 * - `bad_check_digit`: the last character does not match the others (ISO 7064 MOD 11-2),
 *   which catches almost every single mistyped digit and swapped pair.
 */
export type ResidentIdError =
	'empty' | 'wrong_length' | 'bad_characters' | 'bad_birth_date' | 'bad_check_digit';

/** Weight of each of the first 17 digits: 2^(17 − i) mod 11, per GB 11643-1999. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** The check character for each remainder 0–10. */
const CHECK_CHARS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

/** The check character for the first 17 digits (ISO 7064 MOD 11-2). */
export function residentIdCheckChar(first17: string): string {
	let sum = 0;
	for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
	return CHECK_CHARS[sum % 11] ?? '';
}

/**
 * People type ID numbers with spaces, a lower-case x, or full-width characters from a Chinese
 * input method (１２３, ｘ); all of those are the same number.
 */
export function normaliseResidentId(input: string): string {
	return input
		.replace(/[\uFF10-\uFF19\uFF38\uFF58]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/[\s\u3000-]/g, '')
		.toUpperCase();
}

function isRealDate(yyyymmdd: string): boolean {
	const year = Number(yyyymmdd.slice(0, 4));
	const month = Number(yyyymmdd.slice(4, 6));
	const day = Number(yyyymmdd.slice(6, 8));
	if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Checks an 18-character PRC resident ID number and returns it in its stored form (ASCII,
 * upper-case X). Pure and clock-free: the birth date is checked to be a real calendar date, not
 * against today.
 */
export function parseResidentId(input: string): Result<string, ResidentIdError> {
	const id = normaliseResidentId(input);
	if (id === '') return err('empty');
	if (id.length !== 18) return err('wrong_length');
	if (!SHAPE.test(id)) return err('bad_characters');
	if (!isRealDate(id.slice(6, 14))) return err('bad_birth_date');
	if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return err('bad_check_digit');
	return ok(id);
}
