import { and, asc, eq, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '$db/client';
import { nodes, roleGrants, users } from '$db/schema';
import type { LoginId } from '$lib/domain/identity/login-id';
import type { RoleGrant } from '$lib/domain/access';
import { revealPhone, userHasPhone } from '$lib/server/crypto';

/** `path LIKE scope%` for each scope: the nodes at or below any of them. Never matches on []. */
export function pathInScopes(scopes: readonly string[]): SQL {
	if (scopes.length === 0) return sql`false`;
	return or(...scopes.map((p) => like(nodes.path, `${p}%`))) ?? sql`false`;
}

export interface NodeGrantRow {
	userId: number;
	displayName: string;
	phone: string | null;
	email: string | null;
	role: RoleGrant['role'];
	createdAt: Date;
}

/** The roles granted directly on one node, with whom they were granted to. */
export async function listGrantsOnNode(db: Db, nodeId: number): Promise<NodeGrantRow[]> {
	const rows = await db
		.select({
			userId: users.id,
			displayName: users.displayName,
			phone: users.phone,
			phoneCipher: users.phoneCipher,
			email: users.email,
			role: roleGrants.role,
			createdAt: roleGrants.createdAt
		})
		.from(roleGrants)
		.innerJoin(users, eq(users.id, roleGrants.userId))
		.where(eq(roleGrants.nodeId, nodeId))
		.orderBy(asc(roleGrants.role), asc(users.displayName));
	return rows.map(({ phoneCipher, ...r }) => ({ ...r, phone: revealPhone({ ...r, phoneCipher }) }));
}

export async function findUserIdByLogin(db: Db, login: LoginId): Promise<number | null> {
	const where = login.kind === 'phone' ? userHasPhone(login.phone) : eq(users.email, login.email);
	const [row] = await db.select({ id: users.id }).from(users).where(where);
	return row?.id ?? null;
}

/** Inserts a grant; returns false when the person already held that role on that node. */
export async function insertGrant(
	db: Db,
	grant: { userId: number; role: RoleGrant['role']; nodeId: number; grantedBy: number }
): Promise<boolean> {
	const rows = await db
		.insert(roleGrants)
		.values(grant)
		.onConflictDoNothing()
		.returning({ userId: roleGrants.userId });
	return rows.length > 0;
}

/** Deletes a grant; returns false when there was none. */
export async function deleteGrant(
	db: Db,
	grant: { userId: number; role: RoleGrant['role']; nodeId: number }
): Promise<boolean> {
	const rows = await db
		.delete(roleGrants)
		.where(
			and(
				eq(roleGrants.userId, grant.userId),
				eq(roleGrants.role, grant.role),
				eq(roleGrants.nodeId, grant.nodeId)
			)
		)
		.returning({ userId: roleGrants.userId });
	return rows.length > 0;
}
