import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '$db/client';
import { nodes, type Node, type NodeLevel } from '$db/schema';
import { scopesFor, type AccessSubject, type Permission } from '$lib/domain/access';
import { pathInScopes } from './grants.repository';

/**
 * The nodes on which `user` may do `permission` (optionally only one level, e.g. the communities a
 * committee member looks after), in tree order. Use it to fill pickers and lists.
 */
export async function listNodesInScope(
	db: Db,
	user: AccessSubject | null,
	permission: Permission,
	level?: NodeLevel
): Promise<Node[]> {
	const scopes = scopesFor(user, permission);
	if (scopes.length === 0) return [];
	const inScope = pathInScopes(scopes);
	return db
		.select()
		.from(nodes)
		.where(level ? and(inScope, eq(nodes.level, level)) : inScope)
		.orderBy(asc(nodes.path));
}
