import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { parseForm } from '$lib/forms/parse';
import type { MessageKey } from '$lib/i18n';
import { requireUser } from '$lib/server/access/guards';
import { deleteSessionCookie } from '$lib/server/auth/cookie';
import { database } from '$lib/server/context';
import {
	eraseAccount,
	maskIdNumber,
	readIdNumber,
	setResidentIdNumber,
	type EraseError
} from '$lib/server/privacy';
import type { Actions, PageServerLoad } from './$types';

const schema = z.object({
	password: z.string().min(1, 'oversight.data.wrongPassword'),
	confirm: z.literal('yes', { error: 'oversight.data.mustConfirm' })
});

const idNumberSchema = z.object({
	idNumber: z.string().trim().max(40, 'idNumber.error.wrong_length')
});

const MESSAGES: Record<EraseError, MessageKey> = {
	wrong_password: 'oversight.data.wrongPassword',
	holds_staff_role: 'oversight.data.staffCannotDelete',
	not_found: 'oversight.data.wrongPassword'
};

/** The person's own ID number is shown masked too: this page may be open on a shared screen. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const idNumber = await readIdNumber(database().db, user.id);
	return { idNumber: idNumber === null ? null : maskIdNumber(idNumber) };
};

export const actions: Actions = {
	idNumber: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(idNumberSchema, await request.formData());
		if (!parsed.ok) {
			const idNumberError = parsed.errors.idNumber ?? 'form.invalid';
			return fail(400, { idNumberError, idNumberTyped: parsed.values.idNumber ?? '' });
		}
		const { idNumber } = parsed.data;
		const input = { userId: user.id, idNumber, now: new Date() };
		const result = await setResidentIdNumber(database().db, user, input);
		if (!result.ok) {
			const idNumberError: MessageKey = `idNumber.error.${result.error}`;
			// Echoed to the person who typed it, so a long number need not be typed again.
			return fail(400, { idNumberError, idNumberTyped: idNumber });
		}
		return { idNumberSaved: true };
	},
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
