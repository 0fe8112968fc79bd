import { describe, expect, it } from 'vitest';
import {
	QR_WINDOW_SECONDS,
	codeFor,
	parsePersonalCode,
	personalCode,
	secondsLeft,
	slotSubject,
	verifyCode,
	windowAt
} from './qr-token';

const secret = new TextEncoder().encode('test-secret-32-bytes-long-enough!');
const other = new TextEncoder().encode('another-secret-of-the-same-size!');
const shownAt = new Date('2026-05-03T01:00:00Z');
const shown = codeFor(secret, slotSubject(12), windowAt(shownAt));
const after = (seconds: number) => new Date(shownAt.getTime() + seconds * 1000);

describe('verifyCode', () => {
	it.each([
		['at once', shown, 0, { ok: true, value: { window: windowAt(shownAt) } }],
		[
			'in the next window',
			shown,
			QR_WINDOW_SECONDS,
			{ ok: true, value: { window: windowAt(shownAt) } }
		],
		['two windows later', shown, 2 * QR_WINDOW_SECONDS, { ok: false, error: 'code_expired' }],
		['an hour later', shown, 3600, { ok: false, error: 'code_expired' }],
		[
			'typed with spaces',
			`${shown.slice(0, 3)} ${shown.slice(3)}`,
			1,
			{ ok: true, value: { window: windowAt(shownAt) } }
		],
		['too short', '12345', 0, { ok: false, error: 'code_malformed' }],
		['letters', 'abcdef', 0, { ok: false, error: 'code_malformed' }],
		['before it was shown', shown, -2 * QR_WINDOW_SECONDS, { ok: false, error: 'code_invalid' }]
	] as const)('%s', (_name, code, seconds, expected) => {
		expect(verifyCode(secret, slotSubject(12), code, after(seconds))).toEqual(expected);
	});

	it('refuses the code of another slot', () => {
		const forOther = codeFor(secret, slotSubject(13), windowAt(shownAt));
		const result = verifyCode(secret, slotSubject(12), forOther, shownAt);
		// A six-digit collision between two slots is possible but must not be the norm.
		expect(forOther === shown ? 'collision' : result).toEqual({ ok: false, error: 'code_invalid' });
	});

	it('refuses a code made with another secret (forged)', () => {
		const forged = codeFor(other, slotSubject(12), windowAt(shownAt));
		expect(forged).not.toBe(shown);
		expect(verifyCode(secret, slotSubject(12), forged, shownAt)).toEqual({
			ok: false,
			error: 'code_invalid'
		});
	});

	it('changes with every window', () => {
		const codes = new Set(
			Array.from({ length: 20 }, (_, i) => codeFor(secret, slotSubject(12), 1000 + i))
		);
		expect(codes.size).toBeGreaterThan(15);
	});
});

describe('personal codes', () => {
	it('round-trips through the printed form', () => {
		const printed = personalCode(secret, 42, shownAt);
		const parsed = parsePersonalCode(printed);
		expect(parsed?.userId).toBe(42);
		expect(verifyCode(secret, 'user:42', parsed?.code ?? '', shownAt).ok).toBe(true);
	});
	it.each([['42-12345'], ['abc-123456'], [''], ['42123456']])('rejects %s', (raw) => {
		expect(parsePersonalCode(raw)).toBeNull();
	});
});

describe('secondsLeft', () => {
	it.each([
		[0, QR_WINDOW_SECONDS],
		[1, QR_WINDOW_SECONDS - 1],
		[QR_WINDOW_SECONDS - 1, 1]
	])('after %i s shows %i s', (offset, left) => {
		const start = new Date(windowAt(shownAt) * QR_WINDOW_SECONDS * 1000 + offset * 1000);
		expect(secondsLeft(start)).toBe(left);
	});
});
