import { error } from '@sveltejs/kit';
import { listNodesInScope } from '../access/scopes';
import { requirePermissionSomewhere, type AccessUser } from '../access/guards';
import { sorting } from './deps';

/**
 * The community a committee page works on: `?community=<id>` when the person manages it, else
 * the first one they manage. Shared by the committee's sorting pages and their actions.
 */
export async function committeeCommunity(locals: { user: AccessUser | null }, url: URL) {
	const { user } = requirePermissionSomewhere(locals, 'sorting.manage');
	const communities = await listNodesInScope(sorting().db, user, 'sorting.manage', 'community');
	const wanted = Number(url.searchParams.get('community'));
	const community = communities.find((c) => c.id === wanted) ?? communities[0];
	if (!community) error(403, { message: 'Forbidden', code: 'forbidden' });
	return {
		user,
		community: { id: community.id, name: community.name },
		communities: communities.map((c) => ({ id: c.id, name: c.name }))
	};
}
