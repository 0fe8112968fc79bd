import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, isHash, toHex } from './bytes';

describe('hex', () => {
	it('should read back whatever it wrote', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
				expect(fromHex(toHex(bytes))).toEqual(bytes);
			})
		);
	});

	it('should spell bytes as two lower-case digits each', () => {
		const bytes = Uint8Array.from([0, 9, 10, 15, 16, 159, 171, 255]);
		expect(toHex(bytes)).toBe('00090a0f109fabff');
		expect(fromHex('00090a0f109fabff')).toEqual(bytes);
	});

	it.each([
		['an odd length', 'abc'],
		['upper case, a second spelling of the same bytes', 'AB'],
		['a letter past f', '0g'],
		['a sign', '-1'],
		['white space', ' a'],
		['a character past ASCII', 'a\u00e9'],
		['a digit from another script', '\u0661\u0662']
	])('should refuse %s', (_, text) => {
		expect(fromHex(text)).toBeNull();
	});

	it('should read the empty text as no bytes', () => {
		expect(fromHex('')).toEqual(new Uint8Array(0));
	});

	it('should take only 64 lower-case hex digits as a hash', () => {
		expect(isHash('ab'.repeat(32))).toBe(true);
		expect(isHash('AB'.repeat(32))).toBe(false);
		expect(isHash('ab'.repeat(31))).toBe(false);
		expect(isHash(42)).toBe(false);
	});
});
