import { redirect } from '@sveltejs/kit';
import { safeRedirectPath } from '$lib/domain/identity/safe-redirect';
import { parseForm } from '$lib/forms/parse';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { failForm, throttledFailure } from '$lib/server/auth/form-result';
import { logIn } from '$lib/server/auth/login';
import { loginSchema } from '$lib/server/auth/schemas';
import { database } from '$lib/server/context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirectPath(url.searchParams.get('redirectTo')));
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const parsed = parseForm(loginSchema, await request.formData());
		if (!parsed.ok) return failForm(400, { errors: parsed.errors, values: parsed.values });
		const values = { login: parsed.data.login };
		const result = await logIn(
			database().db,
			{ ...parsed.data, ip: getClientAddress() },
			new Date()
		);
		if (!result.ok) {
			if (result.error === 'throttled') return throttledFailure(result.retryAfterSeconds, values);
			const message =
				result.error === 'account_disabled' ? 'auth.error.disabled' : 'auth.error.credentials';
			return failForm(400, { values, message });
		}
		setSessionCookie(cookies, url, result.token, result.session.expiresAt);
		redirect(303, safeRedirectPath(url.searchParams.get('redirectTo')));
	}
};
