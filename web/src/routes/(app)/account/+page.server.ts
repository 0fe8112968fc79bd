import { redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms/parse';
import { changePassword } from '$lib/server/auth/change-password';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { failForm, throttledFailure, weakPasswordMessage } from '$lib/server/auth/form-result';
import { changePasswordSchema } from '$lib/server/auth/schemas';
import { database } from '$lib/server/context';
import type { Actions, PageServerLoad } from './$types';

const toLogin = (url: URL) => `/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`;

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.user) redirect(303, toLogin(url));
	const { displayName, phone, email, status } = locals.user;
	return { account: { displayName, phone, email, status } };
};

export const actions: Actions = {
	changePassword: async ({ request, locals, cookies, url }) => {
		if (!locals.user) redirect(303, toLogin(url));
		const parsed = parseForm(changePasswordSchema, await request.formData());
		if (!parsed.ok) return failForm(400, { errors: parsed.errors });
		const result = await changePassword(
			database().db,
			{ userId: locals.user.id, ...parsed.data },
			new Date()
		);
		if (!result.ok) {
			if (result.error === 'throttled') return throttledFailure(result.retryAfterSeconds);
			if (result.error === 'wrong_password') {
				return failForm(400, { errors: { currentPassword: 'auth.error.currentPasswordWrong' } });
			}
			return failForm(400, { errors: { newPassword: weakPasswordMessage(result.error) } });
		}
		setSessionCookie(cookies, url, result.token, result.session.expiresAt);
		return { changed: true as const };
	}
};
