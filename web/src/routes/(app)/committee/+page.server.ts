import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms/parse';
import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import { database } from '$lib/server/context';
import {
	approveResident,
	listPendingResidents,
	rejectResident
} from '$lib/server/members/verification.service';
import type { Actions, PageServerLoad } from './$types';
import { decisionSchema, rejectSchema } from './schema';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const { user } = requirePermissionSomewhere(locals, 'member.verify');
	return { pending: await listPendingResidents(database().db, user) };
};

function committeeUser(locals: App.Locals, url: URL) {
	requireUser(locals, url);
	return requirePermissionSomewhere(locals, 'member.verify').user;
}

export const actions: Actions = {
	approve: async ({ locals, url, request }) => {
		const user = committeeUser(locals, url);
		const parsed = parseForm(decisionSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const { userId } = parsed.data;
		const result = await approveResident(database().db, user, userId);
		if (!result.ok) {
			return fail(409, { userId, message: `committee.error.${result.error}` as const });
		}
		return { userId, message: 'committee.approved' as const, name: result.value.displayName };
	},
	reject: async ({ locals, url, request }) => {
		const user = committeeUser(locals, url);
		const parsed = parseForm(rejectSchema, await request.formData());
		if (!parsed.ok) {
			const userId = Number(parsed.values.userId);
			return fail(400, { userId, errors: parsed.errors, values: parsed.values });
		}
		const { userId, reason } = parsed.data;
		const result = await rejectResident(database().db, user, userId, reason);
		if (!result.ok) {
			return fail(409, { userId, message: `committee.error.${result.error}` as const });
		}
		return { userId, message: 'committee.rejected' as const, name: result.value.displayName };
	}
};
