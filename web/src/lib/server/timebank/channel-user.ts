import { eq } from 'drizzle-orm';
import type { AccessSubject, RoleGrant } from '$lib/domain/access';
import { nodes, roleGrants, users } from '../../../../../db/schema';
import type { Db } from '../../../../../db/client';

/**
 * The user as the access rules see them, read afresh: channel authorisation only receives an
 * id, and roles may have changed since the page was loaded.
 */
export async function findUserForChannel(
	db: Db,
	userId: number
): Promise<(AccessSubject & { displayName: string }) | null> {
	const [user] = await db
		.select({
			id: users.id,
			status: users.status,
			displayName: users.displayName,
			communityId: users.communityId,
			communityPath: nodes.path
		})
		.from(users)
		.leftJoin(nodes, eq(nodes.id, users.communityId))
		.where(eq(users.id, userId));
	if (!user) return null;
	const grants = await db
		.select({ role: roleGrants.role, nodeId: roleGrants.nodeId, nodePath: nodes.path })
		.from(roleGrants)
		.innerJoin(nodes, eq(nodes.id, roleGrants.nodeId))
		.where(eq(roleGrants.userId, userId));
	const resident: RoleGrant[] =
		user.communityId !== null && user.communityPath !== null
			? [{ role: 'resident', nodeId: user.communityId, nodePath: user.communityPath }]
			: [];
	return {
		id: user.id,
		status: user.status,
		displayName: user.displayName,
		roles: [...resident, ...grants]
	};
}
