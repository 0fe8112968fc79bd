import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { canSomewhere } from '$lib/domain/access';
import { parseForm } from '$lib/forms/parse';
import { requireUser } from '$lib/server/access/guards';
import { timebank } from '$lib/server/timebank/deps';
import { errorKey } from '$lib/server/timebank/edge';
import {
	actFor,
	addProxy,
	findUserIdByPhone,
	proxyActionsFor,
	proxyOverview,
	removeProxy
} from '$lib/server/timebank/proxy.service';
import type { Actions, PageServerLoad } from './$types';

const phoneSchema = z.object({
	phone: z
		.string()
		.trim()
		.regex(/^1[3-9]\d{9}$/, 'tb.error.recipient_not_found')
});
const removeSchema = z.object({ proxyId: z.coerce.number().int().positive() });

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const db = timebank().db;
	return {
		...(await proxyOverview(db, user.id)),
		log: await proxyActionsFor(db, user.id, 50),
		desk: canSomewhere(user, 'member.read')
	};
};

export const actions: Actions = {
	add: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(phoneSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const result = await addProxy(timebank().db, user.id, parsed.data.phone);
		if (!result.ok) return fail(409, { message: errorKey(result.error) });
		return { success: 'tb.proxy.added' as const, name: result.value.displayName };
	},
	remove: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(removeSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		await removeProxy(timebank().db, user.id, parsed.data.proxyId);
		return { success: 'tb.proxy.removed' as const, name: '' };
	},
	/** Service desk: committee staff look a resident up by phone to act for them. */
	find: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(phoneSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const db = timebank().db;
		const foundId = await findUserIdByPhone(db, parsed.data.phone);
		const acting = foundId === null ? null : await actFor(db, user, foundId);
		// Someone who may not act for the person hears the same as for a number nobody has:
		// otherwise any account could ask which phone numbers are registered.
		if (foundId === null || !acting?.ok) {
			return fail(404, { message: errorKey('recipient_not_found') });
		}
		return { found: { id: foundId, name: acting.value.subject.displayName } };
	}
};
