import { parseForm } from '$lib/forms/parse';
import { failForm } from '$lib/server/auth/form-result';
import { requestPasswordReset } from '$lib/server/auth/password-reset';
import { forgotSchema } from '$lib/server/auth/schemas';
import { database } from '$lib/server/context';
import { createMailer } from '$lib/server/mail';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, url }) => {
		const parsed = parseForm(forgotSchema, await request.formData());
		if (!parsed.ok) return failForm(400, { errors: parsed.errors, values: parsed.values });
		const { db } = database();
		await requestPasswordReset(
			{ db, mailer: createMailer(db, process.env) },
			{ login: parsed.data.login, origin: url.origin },
			new Date()
		);
		// The same answer whether or not the account exists.
		return { sent: true as const };
	}
};
