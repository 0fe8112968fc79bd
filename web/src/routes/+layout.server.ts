import type { Role } from '$lib/domain/access';
import { readDisplayPreferences } from '$lib/server/preferences';
import { database } from '$lib/server/context';
import { countUnread } from '$lib/server/notifications/inbox';
import { publicRealtimeConfig } from '$lib/server/realtime';
import type { LayoutServerLoad } from './$types';

/**
 * What every page needs: the language, the display modes and a small picture of the person
 * (never contact details: layout data is sent to the browser on every page).
 */
export const load: LayoutServerLoad = async ({ locals, cookies }) => {
	const user = locals.user;
	return {
		locale: locals.locale,
		display: readDisplayPreferences(user, cookies),
		realtime: publicRealtimeConfig(),
		unread: user ? await countUnread(database().db, user.id) : 0,
		user: user && {
			id: user.id,
			displayName: user.displayName,
			communityId: user.communityId,
			status: user.status,
			roles: [...new Set(user.roles.map((grant): Role => grant.role))]
		}
	};
};
