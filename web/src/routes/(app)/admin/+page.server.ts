import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import { listNodesInScope } from '$lib/server/access/scopes';
import { database } from '$lib/server/context';
import { buildTree } from '$lib/server/hierarchy/tree';
import type { PageServerLoad } from './$types';

/** The part of the hierarchy the admin manages: everything below their admin grants. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const { user } = requirePermissionSomewhere(locals, 'hierarchy.manage');
	const nodes = await listNodesInScope(database().db, user, 'hierarchy.manage');
	nodes.sort((a, b) => a.id - b.id);
	const strip = (list: ReturnType<typeof buildTree>): TreeItem[] =>
		list.map(({ node, children }) => ({
			id: node.id,
			name: node.name,
			level: node.level,
			children: strip(children)
		}));
	return { tree: strip(buildTree(nodes)) };
};

interface TreeItem {
	id: number;
	name: string;
	level: 'city' | 'district' | 'street' | 'community' | 'grid';
	children: TreeItem[];
}
