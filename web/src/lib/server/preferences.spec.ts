import { describe, expect, it } from 'vitest';
import {
	DISPLAY_COOKIE,
	formatDisplayCookie,
	htmlClassFor,
	parseDisplayCookie,
	readDisplayPreferences
} from './preferences';

const cookies = (value?: string) => ({
	get: (name: string) => (name === DISPLAY_COOKIE ? value : undefined)
});

describe('display preferences', () => {
	it.each([
		[{ largeText: false, highContrast: false }, 'none', ''],
		[{ largeText: true, highContrast: false }, 'large-text', 'large-text'],
		[{ largeText: false, highContrast: true }, 'high-contrast', 'high-contrast'],
		[
			{ largeText: true, highContrast: true },
			'large-text,high-contrast',
			'large-text high-contrast'
		]
	])('should write %o as cookie %s and class %s, and read it back', (prefs, cookie, cls) => {
		expect(formatDisplayCookie(prefs)).toBe(cookie);
		expect(htmlClassFor(prefs)).toBe(cls);
		expect(parseDisplayCookie(cookie)).toEqual(prefs);
	});

	it.each([undefined, '', 'bogus', 'large-text-x,"><script>'])(
		'should fall back to the normal modes for the cookie %j',
		(value) => {
			expect(parseDisplayCookie(value)).toEqual({ largeText: false, highContrast: false });
		}
	);

	it('should keep a known mode next to an unknown one', () => {
		expect(parseDisplayCookie('zoom,high-contrast')).toEqual({
			largeText: false,
			highContrast: true
		});
	});

	it("should prefer the signed-in person's saved modes over this device's cookie", () => {
		const user = { largeText: true, highContrast: false };
		expect(readDisplayPreferences(user, cookies('high-contrast'))).toEqual(user);
	});

	it("should use the device's cookie for a visitor", () => {
		expect(readDisplayPreferences(null, cookies('high-contrast'))).toEqual({
			largeText: false,
			highContrast: true
		});
	});
});
