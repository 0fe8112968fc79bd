import { err, ok, type Result } from '$core/shared';
import type { Db } from '$db/client';
import { can, type AccessSubject, type GrantableRole } from '$lib/domain/access';
import { parseLoginId } from '$lib/domain/identity/login-id';
import { record } from '$lib/server/audit';
import { findNode } from '$lib/server/hierarchy/hierarchy.repository';
import { deleteGrant, findUserIdByLogin, insertGrant } from './grants.repository';

/**
 * Why a grant or revoke was refused:
 * - `forbidden`: the actor does not hold `role.grant` on the node;
 * - `not_found`: no such node;
 * - `bad_login`: the phone number or e-mail is not well-formed;
 * - `no_such_user`: nobody has that phone number or e-mail;
 * - `already_granted`: the person already holds that role there;
 * - `not_granted`: there was no such grant to revoke;
 * - `self_revoke_admin`: an admin may not take admin away from themselves (no locking out).
 */
export type GrantError =
	| 'forbidden'
	| 'not_found'
	| 'bad_login'
	| 'no_such_user'
	| 'already_granted'
	| 'not_granted'
	| 'self_revoke_admin';

async function authorise(
	db: Db,
	actor: AccessSubject,
	nodeId: number
): Promise<Result<{ id: number; path: string }, GrantError>> {
	const node = await findNode(db, nodeId);
	if (!node) return err('not_found');
	return can(actor, 'role.grant', node.path) ? ok(node) : err('forbidden');
}

/** Grants `role` on a node to the person found by phone number or e-mail. */
export async function grantRole(
	db: Db,
	actor: AccessSubject,
	input: { nodeId: number; role: GrantableRole; login: string }
): Promise<Result<{ userId: number }, GrantError>> {
	const allowed = await authorise(db, actor, input.nodeId);
	if (!allowed.ok) return allowed;
	const login = parseLoginId(input.login);
	if (!login) return err('bad_login');
	const userId = await findUserIdByLogin(db, login);
	if (userId === null) return err('no_such_user');
	const grant = { userId, role: input.role, nodeId: input.nodeId, grantedBy: actor.id };
	if (!(await insertGrant(db, grant))) return err('already_granted');
	await record(db, {
		actorId: actor.id,
		action: 'role.grant',
		target: { type: 'user', id: userId },
		nodePath: allowed.value.path,
		after: { role: input.role, nodeId: input.nodeId }
	});
	return ok({ userId });
}

export async function revokeRole(
	db: Db,
	actor: AccessSubject,
	input: { nodeId: number; role: GrantableRole; userId: number }
): Promise<Result<null, GrantError>> {
	const allowed = await authorise(db, actor, input.nodeId);
	if (!allowed.ok) return allowed;
	if (input.userId === actor.id && input.role === 'admin') return err('self_revoke_admin');
	if (!(await deleteGrant(db, input))) return err('not_granted');
	await record(db, {
		actorId: actor.id,
		action: 'role.revoke',
		target: { type: 'user', id: input.userId },
		nodePath: allowed.value.path,
		before: { role: input.role, nodeId: input.nodeId }
	});
	return ok(null);
}
