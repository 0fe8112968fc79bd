import { rolesFor, type Permission } from './permissions';
import type { Role } from './roles';

/** One role held on one node. `nodePath` is the node's materialised path, e.g. `/1/4/9/`. */
export interface RoleGrant {
	role: Role;
	nodeId: number;
	nodePath: string;
}

/**
 * What the rules need to know about a person. `AuthUser` (web/src/lib/server/auth/session.ts)
 * has this shape; its `roles` include the implicit `resident` grant on the person's community.
 */
export interface AccessSubject {
	id: number;
	status: 'unverified' | 'verified' | 'rejected' | 'disabled';
	roles: readonly RoleGrant[];
}

/** True when `nodePath` is `ancestorPath` itself or lies below it. */
export function isAtOrBelow(nodePath: string, ancestorPath: string): boolean {
	return nodePath.startsWith(ancestorPath);
}

/**
 * Whether `user` may do `permission` at the node with path `targetPath`. Only verified people
 * act: an unverified, rejected or disabled account can browse but not act, whatever it holds.
 */
export function can(
	user: AccessSubject | null | undefined,
	permission: Permission,
	targetPath: string
): boolean {
	if (!user || user.status !== 'verified') return false;
	const allowed = rolesFor(permission);
	return user.roles.some((g) => allowed.includes(g.role) && isAtOrBelow(targetPath, g.nodePath));
}

/**
 * The topmost paths at which `user` holds `permission`: every node at or below one of them is in
 * reach. Nested grants collapse into the outer one, so the list is short and has no overlap.
 */
export function scopesFor(
	user: AccessSubject | null | undefined,
	permission: Permission
): string[] {
	if (!user || user.status !== 'verified') return [];
	const allowed = rolesFor(permission);
	const paths = [
		...new Set(user.roles.filter((g) => allowed.includes(g.role)).map((g) => g.nodePath))
	].sort((a, b) => a.length - b.length);
	const top: string[] = [];
	for (const path of paths) if (!top.some((p) => isAtOrBelow(path, p))) top.push(path);
	return top;
}

/** Whether `user` holds `permission` anywhere at all, e.g. to show a menu entry. */
export function canSomewhere(
	user: AccessSubject | null | undefined,
	permission: Permission
): boolean {
	return scopesFor(user, permission).length > 0;
}
