import { requireUser } from '$lib/server/access/guards';
import { sorting } from '$lib/server/sorting/deps';
import { guideItems } from '$lib/server/sorting/guide.service';
import type { PageServerLoad } from './$types';

/** The searchable "what goes where" list; a plain GET form, so it works without JavaScript. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const q = (url.searchParams.get('q') ?? '').slice(0, 40);
	return { q, items: await guideItems(sorting(), user.communityId, q) };
};
