import { fail, redirect } from '@sveltejs/kit';
import { safeRedirectPath } from '$lib/domain/identity/safe-redirect';
import { parseForm } from '$lib/forms/parse';
import { database } from '$lib/server/context';
import {
	rememberDisplay,
	rememberLocale,
	saveUserDisplay,
	saveUserLocale
} from '$lib/server/preferences';
import type { Actions, PageServerLoad } from './$types';
import { displaySchema, languageSchema } from './schema';

export const load: PageServerLoad = async ({ url, locals }) => {
	return { saved: url.searchParams.has('saved'), signedIn: locals.user !== null };
};

/**
 * Both actions save on this device (cookie) and, when signed in, on the account. They always
 * redirect: the next page is then rendered with the new language and modes from the start.
 */
export const actions: Actions = {
	language: async ({ request, cookies, url, locals }) => {
		const parsed = parseForm(languageSchema, await request.formData());
		if (!parsed.ok) return fail(400, { message: 'form.invalid' as const });
		rememberLocale(cookies, url, parsed.data.locale);
		if (locals.user) await saveUserLocale(database().db, locals.user.id, parsed.data.locale);
		redirect(303, safeRedirectPath(parsed.data.redirectTo, '/settings?saved'));
	},
	display: async ({ request, cookies, url, locals }) => {
		const parsed = parseForm(displaySchema, await request.formData());
		if (!parsed.ok) return fail(400, { message: 'form.invalid' as const });
		const { largeText, highContrast, redirectTo } = parsed.data;
		rememberDisplay(cookies, url, { largeText, highContrast });
		if (locals.user) {
			await saveUserDisplay(database().db, locals.user.id, { largeText, highContrast });
		}
		redirect(303, safeRedirectPath(redirectTo, '/settings?saved'));
	}
};
