import { error, fail } from '@sveltejs/kit';
import { childLevelOf, maskPhone } from '$lib/domain/access';
import { parseForm } from '$lib/forms/parse';
import { listGrantsOnNode } from '$lib/server/access/grants.repository';
import { requirePermission, requireUser } from '$lib/server/access/guards';
import { grantRole, revokeRole } from '$lib/server/access/role-grants.service';
import { database } from '$lib/server/context';
import { findNode, listAncestors, listChildren } from '$lib/server/hierarchy/hierarchy.repository';
import { createChildNode, renameNode } from '$lib/server/hierarchy/hierarchy.service';
import { grantSchema, namesSchema, revokeSchema } from '../../schema';
import type { Actions, PageServerLoad } from './$types';

function nodeIdOf(param: string): number {
	const id = Number(param);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, { message: 'Not found', code: 'not_found' });
	return id;
}

/** Every action re-checks: form posts do not run the load, and the page may be stale. */
async function admin(event: { locals: App.Locals; url: URL; params: { id: string } }) {
	requireUser(event.locals, event.url);
	const nodeId = nodeIdOf(event.params.id);
	return { user: await requirePermission(event.locals, 'hierarchy.manage', nodeId), nodeId };
}

export const load: PageServerLoad = async (event) => {
	const { nodeId } = await admin(event);
	const db = database().db;
	const node = await findNode(db, nodeId);
	if (!node) error(404, { message: 'Not found', code: 'not_found' });
	const [ancestors, children, grants] = await Promise.all([
		listAncestors(db, node),
		listChildren(db, node.id),
		listGrantsOnNode(db, node.id)
	]);
	return {
		node: { id: node.id, name: node.name, nameEn: node.nameEn, level: node.level },
		childLevel: childLevelOf(node.level),
		ancestors: ancestors.map((a) => ({ id: a.id, name: a.name })),
		children: children.map((c) => ({ id: c.id, name: c.name, level: c.level })),
		grants: grants.map((g) => ({
			userId: g.userId,
			displayName: g.displayName,
			login: g.phone ? maskPhone(g.phone) : (g.email ?? ''),
			role: g.role
		}))
	};
};

export const actions: Actions = {
	rename: async (event) => {
		const { user, nodeId } = await admin(event);
		const parsed = parseForm(namesSchema, await event.request.formData());
		if (!parsed.ok) {
			return fail(400, { form: 'rename', errors: parsed.errors, values: parsed.values });
		}
		const result = await renameNode(database().db, user, { nodeId, ...parsed.data });
		if (!result.ok) {
			return fail(400, { form: 'rename', message: `admin.error.${result.error}` as const });
		}
		return { form: 'rename', message: 'admin.node.renamed' as const };
	},
	addChild: async (event) => {
		const { user, nodeId } = await admin(event);
		const parsed = parseForm(namesSchema, await event.request.formData());
		if (!parsed.ok) {
			return fail(400, { form: 'addChild', errors: parsed.errors, values: parsed.values });
		}
		const result = await createChildNode(database().db, user, { parentId: nodeId, ...parsed.data });
		if (!result.ok) {
			return fail(400, { form: 'addChild', message: `admin.error.${result.error}` as const });
		}
		return { form: 'addChild', message: 'admin.node.added' as const, name: result.value.name };
	},
	grant: async (event) => {
		const { user, nodeId } = await admin(event);
		const parsed = parseForm(grantSchema, await event.request.formData());
		if (!parsed.ok) {
			return fail(400, { form: 'grant', errors: parsed.errors, values: parsed.values });
		}
		const result = await grantRole(database().db, user, { nodeId, ...parsed.data });
		if (!result.ok) {
			return fail(400, {
				form: 'grant',
				message: `admin.error.${result.error}` as const,
				values: parsed.data
			});
		}
		return { form: 'grant', message: 'admin.roles.granted' as const };
	},
	revoke: async (event) => {
		const { user, nodeId } = await admin(event);
		const parsed = parseForm(revokeSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { form: 'revoke', errors: parsed.errors });
		const result = await revokeRole(database().db, user, { nodeId, ...parsed.data });
		if (!result.ok) {
			return fail(400, { form: 'revoke', message: `admin.error.${result.error}` as const });
		}
		return { form: 'revoke', message: 'admin.roles.revoked' as const };
	}
};
