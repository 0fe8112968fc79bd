import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { parseForm } from '$lib/forms/parse';
import type { MessageKey } from '$lib/i18n';
import { requireUser } from '$lib/server/access/guards';
import { deleteSessionCookie } from '$lib/server/auth/cookie';
import { database } from '$lib/server/context';
import { eraseAccount, type EraseError } from '$lib/server/privacy';
import type { Actions, PageServerLoad } from './$types';

const schema = z.object({
	password: z.string().min(1, 'oversight.data.wrongPassword'),
	confirm: z.literal('yes', { error: 'oversight.data.mustConfirm' })
});

const MESSAGES: Record<EraseError, MessageKey> = {
	wrong_password: 'oversight.data.wrongPassword',
	holds_staff_role: 'oversight.data.staffCannotDelete',
	not_found: 'oversight.data.wrongPassword'
};

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	return {};
};

export const actions: Actions = {
	delete: async ({ locals, url, request, cookies }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(schema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const result = await eraseAccount(database(), {
			userId: user.id,
			password: parsed.data.password,
			now: new Date()
		});
		if (!result.ok) return fail(400, { message: MESSAGES[result.error] });
		deleteSessionCookie(cookies, url);
		// Shown on this page: the session is gone, so any other page would ask to log in.
		return { deleted: true };
	}
};
