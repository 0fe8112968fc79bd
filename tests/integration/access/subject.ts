import type { TestDatabase } from '../../helpers/db';
import type { AccessUser } from '../../../web/src/lib/server/access/guards';

/**
 * Loads a person as the session layer puts them on `locals.user`: granted roles with their node
 * paths, plus the implicit resident grant on their own community.
 */
export async function subjectByPhone(db: TestDatabase, phone: string): Promise<AccessUser> {
	const [user] = await db.sql<
		{
			id: number;
			displayName: string;
			communityId: number | null;
			status: AccessUser['status'];
			path: string | null;
		}[]
	>`
		select u.id, u.display_name as "displayName", u.community_id as "communityId",
			u.status::text as status, n.path
		from users u left join nodes n on n.id = u.community_id where u.phone = ${phone}`;
	if (!user) throw new Error(`no user with phone ${phone}`);
	const grants = await db.sql<AccessUser['roles'][number][]>`
		select g.role::text as role, n.id as "nodeId", n.path as "nodePath"
		from role_grants g join nodes n on n.id = g.node_id where g.user_id = ${user.id}`;
	const home =
		user.communityId !== null && user.path
			? [{ role: 'resident' as const, nodeId: user.communityId, nodePath: user.path }]
			: [];
	return {
		id: user.id,
		displayName: user.displayName,
		communityId: user.communityId,
		status: user.status,
		roles: [...home, ...grants]
	};
}

export async function nodeByName(
	db: TestDatabase,
	name: string
): Promise<{ id: number; path: string }> {
	const [node] = await db.sql<{ id: number; path: string }[]>`
		select id, path from nodes where name = ${name} order by id limit 1`;
	if (!node) throw new Error(`no node named ${name}`);
	return node;
}
