import { database } from '$lib/server/context';
import { loadHomeSummary } from '$lib/server/home';
import type { PageServerLoad } from './$types';

/** Visitors see the landing page; a signed-in person sees their community and account status. */
export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) return { summary: null };
	return { summary: await loadHomeSummary(database().db, locals.user.id) };
};
