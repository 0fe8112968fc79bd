import type { Handle } from '@sveltejs/kit';
import { isLocale, LOCALE_COOKIE, negotiateLocale } from '$lib/i18n';

const locale: Handle = async ({ event, resolve }) => {
	const cookie = event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(cookie)
		? cookie
		: negotiateLocale(event.request.headers.get('accept-language'));
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', event.locals.locale).replace('%linli.theme%', '')
	});
};

export const handle = locale;
