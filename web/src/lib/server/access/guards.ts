import { error, redirect } from '@sveltejs/kit';
import { can, scopesFor, type AccessSubject, type Permission } from '$lib/domain/access';
import { findNode } from '$lib/server/hierarchy/hierarchy.repository';
import { database } from '$lib/server/context';

/** What the guards read from `locals.user`; `AuthUser` has this shape. */
export interface AccessUser extends AccessSubject {
	displayName: string;
	communityId: number | null;
}

interface WithUser {
	user: AccessUser | null;
}

/**
 * The signed-in user, or a redirect to the login page that brings the person back to `url`
 * afterwards. Use it in every load, action and endpoint that needs a person.
 */
export function requireUser(locals: WithUser, url: URL): AccessUser {
	if (locals.user) return locals.user;
	const back = url.pathname + url.search;
	redirect(303, `/login?redirectTo=${encodeURIComponent(back)}`);
}

function forbidden(): never {
	error(403, { message: 'Forbidden', code: 'forbidden' });
}

function unauthenticated(): never {
	error(401, { message: 'Unauthorised', code: 'unauthenticated' });
}

/**
 * Allows the request only when the user holds `permission` at the node (by id or by path): 401
 * without a user, 403 otherwise, and 404 for a node id that does not exist. Returns the user.
 * Call `requireUser` first where an anonymous visitor should be sent to log in instead.
 */
export async function requirePermission(
	locals: WithUser,
	permission: Permission,
	node: number | string
): Promise<AccessUser> {
	const user = locals.user;
	if (!user) unauthenticated();
	let path = typeof node === 'string' ? node : null;
	if (path === null) {
		const found = await findNode(database().db, node as number);
		if (!found) error(404, { message: 'Not found', code: 'not_found' });
		path = found.path;
	}
	if (!can(user, permission, path)) forbidden();
	return user;
}

/**
 * For pages that act across several nodes (the committee console): allows the request when the
 * user holds `permission` on at least one node, and returns the topmost paths where they do.
 */
export function requirePermissionSomewhere(
	locals: WithUser,
	permission: Permission
): { user: AccessUser; scopes: string[] } {
	const user = locals.user;
	if (!user) unauthenticated();
	const scopes = scopesFor(user, permission);
	if (scopes.length === 0) forbidden();
	return { user, scopes };
}
