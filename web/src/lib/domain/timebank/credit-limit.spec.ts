import { describe, expect, it } from 'vitest';
import { creditLimitFloor, creditLimitHours } from './credit-limit';

describe('creditLimitFloor', () => {
	it.each([
		[0, { ok: true, value: 0 }],
		[10, { ok: true, value: -600 }],
		[50, { ok: true, value: -3000 }],
		[51, { ok: false, error: 'hours_invalid' }],
		[-1, { ok: false, error: 'hours_invalid' }],
		[1.5, { ok: false, error: 'hours_invalid' }],
		[Number.NaN, { ok: false, error: 'hours_invalid' }]
	])('should turn %s hours into %j', (hours, expected) => {
		expect(creditLimitFloor(hours)).toEqual(expected);
	});

	it('should never give a negative zero', () => {
		const zero = creditLimitFloor(0);
		expect(zero.ok && Object.is(zero.value, 0)).toBe(true);
	});
});

describe('creditLimitHours', () => {
	it('should show a floor as the hours residents may use', () => {
		expect(creditLimitHours(-600)).toBe(10);
		expect(Object.is(creditLimitHours(0), 0)).toBe(true);
	});
});
