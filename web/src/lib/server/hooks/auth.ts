import type { Handle } from '@sveltejs/kit';
import { LOCALE_COOKIE } from '../../i18n';
import { deleteSessionCookie, readSessionCookie, setSessionCookie } from '../auth/cookie';
import { validateSessionToken } from '../auth/session';
import { database } from '../context';

/**
 * Resolves the session cookie into `locals.user` and `locals.session` (one query). A forged,
 * expired or revoked token is treated as logged out and its cookie is cleared; a renewed session
 * gets its cookie again with the new expiry.
 */
export const authHandle: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const token = readSessionCookie(event.cookies, event.url);
	if (!token) return resolve(event);
	const result = await validateSessionToken(database().db, token, new Date());
	if (!result) {
		deleteSessionCookie(event.cookies, event.url);
		return resolve(event);
	}
	event.locals.user = result.user;
	event.locals.session = result.session;
	// The language saved on the account wins over the browser's, unless one was picked here.
	if (!event.cookies.get(LOCALE_COOKIE)) event.locals.locale = result.user.locale;
	if (result.renewed) {
		setSessionCookie(event.cookies, event.url, token, result.session.expiresAt);
	}
	return resolve(event);
};
