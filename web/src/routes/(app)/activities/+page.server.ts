import { canSomewhere } from '$lib/domain/access';
import { requireUser } from '$lib/server/access/guards';
import { listActivities } from '$lib/server/timebank/activities.service';
import { timebank } from '$lib/server/timebank/deps';
import { findPerson } from '$lib/server/timebank/people';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const deps = timebank();
	const me = await findPerson(deps.db, user.id);
	const fromParam = url.searchParams.get('from');
	const from =
		fromParam && /^\d{4}-\d{2}-\d{2}$/.test(fromParam)
			? new Date(`${fromParam}T00:00:00+08:00`)
			: deps.now();
	const category = url.searchParams.get('category')?.trim() || undefined;
	const skill = url.searchParams.get('skill')?.trim() || undefined;
	const activities = me?.communityPath
		? await listActivities(deps, { communityPath: me.communityPath, from, category, skill })
		: [];
	return {
		activities,
		filter: { from: fromParam ?? '', category: category ?? '', skill: skill ?? '' },
		canPublish: canSomewhere(user, 'activity.publish')
	};
};
