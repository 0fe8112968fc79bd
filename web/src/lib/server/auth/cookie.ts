import type { Cookies } from '@sveltejs/kit';

/**
 * Over https the cookie gets the `__Host-` prefix, which pins it to this exact host and path and
 * forbids setting it from a subdomain. Browsers refuse that prefix without Secure, so plain http
 * (development on 127.0.0.1) uses the bare name.
 */
export function sessionCookieName(url: URL): string {
	return url.protocol === 'https:' ? '__Host-linli_session' : 'linli_session';
}

export function readSessionCookie(cookies: Cookies, url: URL): string | undefined {
	return cookies.get(sessionCookieName(url));
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date) {
	cookies.set(sessionCookieName(url), token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(sessionCookieName(url), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}
