import { describe, expect, it } from 'vitest';
import {
	CODE_ALPHABET,
	formatVoucherCode,
	normalizeVoucherCode,
	voucherCodeFrom
} from './voucher-code';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('voucher codes', () => {
	it('should leave out look-alike characters', () => {
		for (const c of '01OIL') expect(CODE_ALPHABET).not.toContain(c);
		expect(CODE_ALPHABET).toHaveLength(31);
	});

	it.each([
		[bytes(0, 0, 0, 0, 0, 0, 0)],
		[bytes(255, 254, 253, 252, 251, 250, 249)],
		[bytes(1, 2, 3, 4, 5, 6, 7)]
	])('should build an 8-character code that validates (%#)', (random) => {
		const code = voucherCodeFrom(random);
		expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
		expect(normalizeVoucherCode(code)).toBe(code);
	});

	it('should accept lower case, spaces and dashes', () => {
		const code = voucherCodeFrom(bytes(9, 8, 7, 6, 5, 4, 3));
		expect(normalizeVoucherCode(` ${formatVoucherCode(code).toLowerCase()} `)).toBe(code);
		expect(normalizeVoucherCode(`${code.slice(0, 4)}-${code.slice(4)}`)).toBe(code);
	});

	it('should catch every single wrong character and every swap of neighbours', () => {
		const code = voucherCodeFrom(bytes(10, 20, 30, 40, 50, 60, 70));
		for (let i = 0; i < 8; i++) {
			for (const c of CODE_ALPHABET) {
				if (c === code[i]) continue;
				expect(normalizeVoucherCode(code.slice(0, i) + c + code.slice(i + 1))).toBeNull();
			}
		}
		for (let i = 0; i < 7; i++) {
			if (code[i] === code[i + 1]) continue;
			const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
			expect(normalizeVoucherCode(swapped)).toBeNull();
		}
	});

	it.each(['', 'ABCDEFG', 'ABCDEFGHJ', 'ABCD0FGH', 'ABCD EF!H'])(
		'should refuse malformed input %j',
		(input) => {
			expect(normalizeVoucherCode(input)).toBeNull();
		}
	);
});
