import type { Cookies } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { users } from '../../../../db/schema';
import { LOCALE_COOKIE, type Locale } from '../i18n';
import type { Executor } from './auth/db';

/** Large-text and high-contrast modes; both change only CSS tokens (see app.css). */
export interface DisplayPreferences {
	largeText: boolean;
	highContrast: boolean;
}

/** Anonymous visitors keep their display modes here: `large-text,high-contrast`, or `none`. */
export const DISPLAY_COOKIE = 'linli_display';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

export const DEFAULT_DISPLAY: DisplayPreferences = { largeText: false, highContrast: false };

/** Reads the cookie value; anything unknown is ignored, so a tampered cookie only loses modes. */
export function parseDisplayCookie(value: string | undefined): DisplayPreferences {
	if (!value) return { ...DEFAULT_DISPLAY };
	const modes = new Set(value.split(','));
	return { largeText: modes.has('large-text'), highContrast: modes.has('high-contrast') };
}

function modeNames(prefs: DisplayPreferences): string[] {
	const names: string[] = [];
	if (prefs.largeText) names.push('large-text');
	if (prefs.highContrast) names.push('high-contrast');
	return names;
}

export function formatDisplayCookie(prefs: DisplayPreferences): string {
	return modeNames(prefs).join(',') || 'none';
}

/** The class attribute of `<html>`; app.css keys its tokens on these two classes. */
export function htmlClassFor(prefs: DisplayPreferences): string {
	return modeNames(prefs).join(' ');
}

/**
 * A signed-in person's saved modes follow them to every device; a visitor's live in a cookie.
 * `user` is `locals.user` (AuthUser has both fields).
 */
export function readDisplayPreferences(
	user: DisplayPreferences | null,
	cookies: Pick<Cookies, 'get'>
): DisplayPreferences {
	if (user) return { largeText: user.largeText, highContrast: user.highContrast };
	return parseDisplayCookie(cookies.get(DISPLAY_COOKIE));
}

function cookieOptions(url: URL) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:',
		maxAge: YEAR_SECONDS
	};
}

/** Remembers the language on this device (read back by hooks/locale.ts). */
export function rememberLocale(cookies: Cookies, url: URL, locale: Locale): void {
	cookies.set(LOCALE_COOKIE, locale, cookieOptions(url));
}

/** Remembers the display modes on this device, so they survive logging out. */
export function rememberDisplay(cookies: Cookies, url: URL, prefs: DisplayPreferences): void {
	cookies.set(DISPLAY_COOKIE, formatDisplayCookie(prefs), cookieOptions(url));
}

/** Saves the language on the account; only this column is written. */
export async function saveUserLocale(db: Executor, userId: number, locale: Locale): Promise<void> {
	await db.update(users).set({ locale }).where(eq(users.id, userId));
}

/** Saves the display modes on the account; only these two columns are written. */
export async function saveUserDisplay(
	db: Executor,
	userId: number,
	prefs: DisplayPreferences
): Promise<void> {
	await db
		.update(users)
		.set({ largeText: prefs.largeText, highContrast: prefs.highContrast })
		.where(eq(users.id, userId));
}
