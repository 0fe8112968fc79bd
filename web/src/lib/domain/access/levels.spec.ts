import { describe, expect, it } from 'vitest';
import { checkChildLevel, childLevelOf, LEVELS } from './levels';
import { maskPhone } from './mask';

describe('checkChildLevel', () => {
	it.each([
		['city', 'district', { ok: true, value: 'district' }],
		['district', 'street', { ok: true, value: 'street' }],
		['street', 'community', { ok: true, value: 'community' }],
		['community', 'grid', { ok: true, value: 'grid' }],
		['city', 'street', { ok: false, error: 'wrong_level' }],
		['street', 'street', { ok: false, error: 'wrong_level' }],
		['community', 'street', { ok: false, error: 'wrong_level' }],
		['grid', 'grid', { ok: false, error: 'leaf_level' }]
	] as const)('%s → %s', (parent, child, expected) => {
		expect(checkChildLevel(parent, child)).toEqual(expected);
	});

	it('should walk the levels top to bottom', () => {
		expect(LEVELS.map(childLevelOf)).toEqual(['district', 'street', 'community', 'grid', null]);
	});
});

describe('maskPhone', () => {
	it.each([
		['13812345678', '138****5678'],
		['', ''],
		[null, ''],
		['12345', '*****']
	])('%s → %s', (input, masked) => {
		expect(maskPhone(input)).toBe(masked);
	});
});
