import { listAid } from '$lib/server/timebank/aid.service';
import { timebank } from '$lib/server/timebank/deps';
import { actingFrom, forParam } from '$lib/server/timebank/edge';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const acting = await actingFrom(locals, url, forParam(url));
	const { mine, open } = await listAid(timebank(), acting.subject.id, acting.subject.communityId);
	return { mine, open, onBehalfOf: acting.onBehalfOfId, subjectName: acting.subject.displayName };
};
