import { canSomewhere } from '$lib/domain/access';
import { herePoint } from '$lib/forms/near';
import { requireUser } from '$lib/server/access/guards';
import { browseActivities } from '$lib/server/timebank/browse.service';
import { timebank } from '$lib/server/timebank/deps';
import { browseSchema } from './schema';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const deps = timebank();
	const q = browseSchema.parse(Object.fromEntries(url.searchParams));
	const browse = await browseActivities(deps, {
		userId: user.id,
		from: q.from ? new Date(`${q.from}T00:00:00+08:00`) : deps.now(),
		category: q.category,
		hostId: q.community,
		mySkillsOnly: q.skills,
		radiusKm: q.radius,
		here: herePoint(q)
	});
	return {
		...browse,
		filter: {
			from: q.from ?? '',
			category: q.category ?? '',
			community: q.community ?? null,
			skills: q.skills,
			radius: q.radius,
			near: q.near
		},
		canPublish: canSomewhere(user, 'activity.publish')
	};
};
