import { committeeCommunity } from '$lib/server/sorting/committee';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url }) => {
	const { community, communities } = await committeeCommunity(locals, url);
	return { community, communities };
};
