import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms/parse';
import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import { listNodesInScope } from '$lib/server/access/scopes';
import { createActivity } from '$lib/server/timebank/activities.service';
import { timebank } from '$lib/server/timebank/deps';
import { errorKey } from '$lib/server/timebank/edge';
import { activitySchema, skillsFrom } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const { user } = requirePermissionSomewhere(locals, 'activity.publish');
	const communities = await listNodesInScope(timebank().db, user, 'activity.publish', 'community');
	return { communities: communities.map((c) => ({ id: c.id, name: c.name })) };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		requireUser(locals, url);
		const { user } = requirePermissionSomewhere(locals, 'activity.publish');
		const data = await request.formData();
		const parsed = parseForm(activitySchema, data);
		const ticked = data.getAll('skill').map(String);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values, ticked });
		const { startsAt, endsAt, capacity, minutesCredited, skills, ...rest } = parsed.data;
		const created = await createActivity(timebank(), user, {
			...rest,
			skills: skillsFrom(data, skills),
			slot: { startsAt, endsAt, capacity, minutesCredited }
		});
		if (!created.ok) {
			return fail(409, { message: errorKey(created.error), values: echo(data), ticked });
		}
		redirect(303, `/organiser/${created.value.id}`);
	}
};

/** What was typed, to show again after a refusal. */
function echo(data: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of data) if (typeof value === 'string') values[key] = value;
	return values;
}
