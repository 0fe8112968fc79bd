import { redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms/parse';
import { setSessionCookie } from '$lib/server/auth/cookie';
import {
	failForm,
	isWeakPassword,
	resetTokenMessage,
	weakPasswordMessage
} from '$lib/server/auth/form-result';
import { inspectResetToken, resetPassword } from '$lib/server/auth/password-reset';
import { resetSchema } from '$lib/server/auth/schemas';
import { createSession } from '$lib/server/auth/session';
import { database } from '$lib/server/context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, setHeaders }) => {
	// The token is in the address: never pass it on to another site as a Referer.
	setHeaders({ 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
	const checked = await inspectResetToken(
		database().db,
		url.searchParams.get('token') ?? '',
		new Date()
	);
	return { tokenError: checked.ok ? null : resetTokenMessage(checked.error) };
};

export const actions: Actions = {
	default: async ({ request, url, cookies }) => {
		const parsed = parseForm(resetSchema, await request.formData());
		if (!parsed.ok) return failForm(400, { errors: parsed.errors });
		const { db } = database();
		const now = new Date();
		const token = url.searchParams.get('token') ?? '';
		const result = await resetPassword(db, { token, password: parsed.data.password }, now);
		if (!result.ok) {
			if (isWeakPassword(result.error)) {
				return failForm(400, { errors: { password: weakPasswordMessage(result.error) } });
			}
			return failForm(400, { message: resetTokenMessage(result.error) });
		}
		const { token: sessionToken, session } = await createSession(db, result.userId, now);
		setSessionCookie(cookies, url, sessionToken, session.expiresAt);
		redirect(303, '/');
	}
};
