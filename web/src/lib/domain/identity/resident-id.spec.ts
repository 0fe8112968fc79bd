import { describe, expect, it } from 'vitest';
import { normaliseResidentId, parseResidentId, residentIdCheckChar } from './resident-id';

describe('residentIdCheckChar', () => {
	it.each([
		// The example number of GB 11643-1999 itself, whose check character is X.
		['11010519491231002', 'X'],
		['44052418800101001', '4'],
		['11010119510308123', '8'],
		['11010119800101123', '2']
	])('should give %s the check character %s', (first17, expected) => {
		expect(residentIdCheckChar(first17)).toBe(expected);
	});
});

describe('normaliseResidentId', () => {
	it.each([
		['11010519491231002x', '11010519491231002X'],
		[' 110105 19491231 002X ', '11010519491231002X'],
		['１１０１０５１９４９１２３１００２ｘ', '11010519491231002X'],
		['110105-19491231-002X', '11010519491231002X']
	])('should read %s as %s', (input, expected) => {
		expect(normaliseResidentId(input)).toBe(expected);
	});
});

describe('parseResidentId', () => {
	it.each([
		['11010519491231002X', '11010519491231002X'],
		['11010519491231002x', '11010519491231002X'],
		['110101198001011232', '110101198001011232'],
		['110101195103081238', '110101195103081238'],
		['１１０１０１１９５１０３０８１２３８', '110101195103081238']
	])('should accept %s', (input, expected) => {
		expect(parseResidentId(input)).toEqual({ ok: true, value: expected });
	});

	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['11010519491231002', 'wrong_length'],
		['110105194912310021X', 'wrong_length'],
		['110101510308123', 'wrong_length'],
		['1101051949123100XX', 'bad_characters'],
		['11010519491231002Y', 'bad_characters'],
		['A1010519491231002X', 'bad_characters'],
		// 1949-02-30, 1949-13-01, 1899-12-31 and day 00 are no birthdays.
		['110105194902300021', 'bad_birth_date'],
		['110105194913010021', 'bad_birth_date'],
		['110105189912310021', 'bad_birth_date'],
		['110105194912000021', 'bad_birth_date'],
		// One digit mistyped, two digits swapped, a wrong check character.
		['11010519491231003X', 'bad_check_digit'],
		['11001519491231002X', 'bad_check_digit'],
		['110105194912310021', 'bad_check_digit'],
		['110101198001011233', 'bad_check_digit'],
		// A well-formed number of someone born in 1880 is no living resident.
		['440524188001010014', 'bad_birth_date']
	])('should refuse %s as %s', (input, expected) => {
		expect(parseResidentId(input)).toEqual({ ok: false, error: expected });
	});

	it('should catch every single mistyped digit of a valid number', () => {
		const valid = '110101195103081238';
		let caught = 0;
		let tried = 0;
		for (let i = 0; i < 17; i++) {
			for (let d = 0; d <= 9; d++) {
				if (String(d) === valid[i]) continue;
				const typo = valid.slice(0, i) + String(d) + valid.slice(i + 1);
				const result = parseResidentId(typo);
				tried++;
				if (!result.ok) caught++;
			}
		}
		expect(caught).toBe(tried);
	});
});
