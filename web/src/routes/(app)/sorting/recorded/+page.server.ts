import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import { sorting } from '$lib/server/sorting/deps';
import { dropoffsByInspector } from '$lib/server/sorting/review.service';
import type { PageServerLoad } from './$types';

/** An inspector's own latest drop-offs, with their notes and photos. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const { user } = requirePermissionSomewhere(locals, 'sorting.record');
	return { lines: await dropoffsByInspector(sorting(), user.id) };
};
