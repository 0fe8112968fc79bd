import { requireUser } from '$lib/server/access/guards';
import type { LayoutServerLoad } from './$types';

/**
 * Every page of the (app) group is for signed-in people; a visitor is sent to log in and brought
 * back here afterwards. Actions do not run this load, so each action checks again itself.
 */
export const load: LayoutServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	return {};
};
