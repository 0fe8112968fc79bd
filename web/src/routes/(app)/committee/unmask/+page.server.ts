import { error, fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms/parse';
import { requireUser } from '$lib/server/access/guards';
import { database } from '$lib/server/context';
import { canRequestUnmask, unmaskPersonalField, type UnmaskableField } from '$lib/server/privacy';
import { unmaskSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

const FIELDS: readonly UnmaskableField[] = ['phone', 'address', 'idNumber'];

/** Only the committee may unmask (UNMASK_ROLES); the service checks the person's community. */
function committeeMember(locals: App.Locals, url: URL) {
	const user = requireUser(locals, url);
	if (!canRequestUnmask(user.roles.map((r) => r.role))) {
		error(403, { message: 'Forbidden', code: 'forbidden' });
	}
	return user;
}

/**
 * The reason form for one person's field (`?user=12&field=phone`), for when the small form on
 * the verification list or the resident search was not used. The value itself is only ever in
 * the action's answer: shown once, never kept in the page data or the address.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	committeeMember(locals, url);
	const userId = Number(url.searchParams.get('user'));
	return {
		userId: Number.isInteger(userId) && userId > 0 ? userId : null,
		field: FIELDS.find((f) => f === url.searchParams.get('field')) ?? 'phone'
	};
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const user = committeeMember(locals, url);
		const parsed = parseForm(unmaskSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { userId, field, reason, back } = parsed.data;
		const result = await unmaskPersonalField(database().db, user, { userId, field, reason });
		if (!result.ok) {
			const status = result.error === 'forbidden' ? 403 : result.error === 'not_found' ? 404 : 400;
			return fail(status, {
				message: `oversight.unmask.error.${result.error}` as const,
				values: { userId: String(userId), field, reason }
			});
		}
		return { field, value: result.value.value, back };
	}
};
