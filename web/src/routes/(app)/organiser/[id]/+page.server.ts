import { error, fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms/parse';
import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import {
	addSlot,
	getActivity,
	managedActivity,
	setActivityStatus
} from '$lib/server/timebank/activities.service';
import { timebank } from '$lib/server/timebank/deps';
import { errorKey } from '$lib/server/timebank/edge';
import { skilledPerSlot } from '$lib/server/timebank/skills.service';
import { slotSchema, statusSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

/**
 * Who may manage activities at all (take attendance, confirm, edit), checked before any form is
 * read; the service then checks this activity's own community.
 */
function manager(locals: App.Locals, url: URL) {
	requireUser(locals, url);
	return requirePermissionSomewhere(locals, 'activity.confirm').user;
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const deps = timebank();
	const managed = await managedActivity(deps, user, Number(params.id) || 0);
	if (!managed.ok) error(managed.error === 'not_found' ? 404 : 403, { message: managed.error });
	const activity = await getActivity(deps, managed.value.id);
	if (!activity) error(404, { message: 'not_found' });
	const skilled = await skilledPerSlot(deps.db, activity.id);
	return { activity, skilled: Object.fromEntries(skilled) };
};

export const actions: Actions = {
	status: async ({ locals, url, request, params }) => {
		const user = manager(locals, url);
		const parsed = parseForm(statusSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const result = await setActivityStatus(timebank(), user, Number(params.id), parsed.data.to);
		if (!result.ok) return fail(409, { message: errorKey(result.error) });
		return { success: 'tb.org.saved' as const };
	},
	addSlot: async ({ locals, url, request, params }) => {
		const user = manager(locals, url);
		const parsed = parseForm(slotSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await addSlot(timebank(), user, Number(params.id), parsed.data);
		if (!result.ok) return fail(409, { message: errorKey(result.error) });
		return { success: 'tb.org.saved' as const };
	}
};
