import type { Handle } from '@sveltejs/kit';
import { isLocale, LOCALE_COOKIE, negotiateLocale } from '$lib/i18n';

/** Chooses the language: the remembered cookie, else the browser's Accept-Language, else zh-CN. */
export const localeHandle: Handle = async ({ event, resolve }) => {
	const cookie = event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(cookie)
		? cookie
		: negotiateLocale(event.request.headers.get('accept-language'));
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};
