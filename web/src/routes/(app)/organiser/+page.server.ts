import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import { listManaged } from '$lib/server/timebank/activities.service';
import { timebank } from '$lib/server/timebank/deps';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const { user } = requirePermissionSomewhere(locals, 'activity.confirm');
	return { activities: await listManaged(timebank(), user) };
};
