import { describe, expect, it } from 'vitest';
import { normaliseEmail, normalisePhone, parseLoginId } from './login-id';
import { checkPasswordStrength } from './password-strength';
import { safeRedirectPath } from './safe-redirect';
import { ACCOUNT_POLICY, IP_POLICY, delayAfterFailures } from './throttle-policy';

describe('normalisePhone', () => {
	it.each([
		['13812345678', '13812345678'],
		['138 1234 5678', '13812345678'],
		['138-1234-5678', '13812345678'],
		['+86 138 1234 5678', '13812345678'],
		['008613812345678', '13812345678'],
		['19912345678', '19912345678']
	])('should accept %s', (input, expected) => {
		expect(normalisePhone(input)).toBe(expected);
	});

	it.each([
		'12812345678',
		'1381234567',
		'138123456789',
		'23812345678',
		'1381234567a',
		'',
		'+1 2025550123'
	])('should refuse %s', (input) => {
		expect(normalisePhone(input)).toBeNull();
	});
});

describe('normaliseEmail', () => {
	it('should lower-case and trim', () => {
		expect(normaliseEmail('  Wang.Wei@Example.CN ')).toBe('wang.wei@example.cn');
	});

	it.each(['wang', 'wang@', '@example.cn', 'wang@example', 'wang wei@example.cn', 'a@b@c.cn'])(
		'should refuse %s',
		(input) => {
			expect(normaliseEmail(input)).toBeNull();
		}
	);
});

describe('parseLoginId', () => {
	it('should read an @ as an e-mail and anything else as a phone', () => {
		expect(parseLoginId('Li@Example.cn')).toEqual({ kind: 'email', email: 'li@example.cn' });
		expect(parseLoginId('138 1234 5678')).toEqual({ kind: 'phone', phone: '13812345678' });
		expect(parseLoginId('li')).toBeNull();
		expect(parseLoginId('li@')).toBeNull();
	});
});

describe('checkPasswordStrength', () => {
	it.each([
		['short', 'too_short'],
		['123456789', 'too_short'],
		['123456789a', 'too_common'],
		['WoAiNi1314', 'too_common'],
		['qwertyuiop', 'too_common'],
		['1qaz2wsx3edc', 'too_common'],
		['zzzzzzzzzzzz', 'too_common'],
		['x'.repeat(257), 'too_long']
	])('should refuse %s as %s', (password, reason) => {
		expect(checkPasswordStrength(password)).toBe(reason);
	});

	it('should refuse a password built on the phone number or e-mail', () => {
		expect(checkPasswordStrength('13812345678x', ['13812345678'])).toBe('too_personal');
		expect(checkPasswordStrength('Li@example.cn!', ['li@example.cn'])).toBe('too_personal');
	});

	it('should accept a long, uncommon password, counting Chinese characters as one each', () => {
		expect(checkPasswordStrength('lantern-river-tea-42')).toBeNull();
		expect(checkPasswordStrength('春眠不觉晓处处闻啼鸟')).toBeNull();
		expect(checkPasswordStrength('春眠不觉晓')).toBe('too_short');
	});
});

describe('safeRedirectPath', () => {
	it.each(['/', '/account', '/activities/12?tab=slots#top', '/a/b%2F'])(
		'should keep the same-site path %s',
		(path) => {
			expect(safeRedirectPath(path)).toBe(path);
		}
	);

	it.each([
		null,
		'',
		'//evil.example',
		'///evil.example',
		'/\\evil.example',
		'\\\\evil.example',
		'https://evil.example/',
		'javascript:alert(1)',
		'account',
		'/ok\n/evil',
		'/\t/evil.example'
	])('should refuse %s', (value) => {
		expect(safeRedirectPath(value)).toBe('/');
	});
});

describe('delayAfterFailures', () => {
	it('should wait from the fifth account failure, doubling up to an hour', () => {
		const delays = [1, 4, 5, 6, 7, 10, 11, 50].map((n) => delayAfterFailures(ACCOUNT_POLICY, n));
		expect(delays).toEqual([0, 0, 60, 120, 240, 1920, 3600, 3600]);
	});

	it('should allow an IP address more failures than an account', () => {
		expect(delayAfterFailures(IP_POLICY, 19)).toBe(0);
		expect(delayAfterFailures(IP_POLICY, 20)).toBe(60);
	});
});
