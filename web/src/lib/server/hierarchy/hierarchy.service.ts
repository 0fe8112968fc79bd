import { err, ok, type Result } from '$core/shared';
import type { Db } from '$db/client';
import type { Node } from '$db/schema';
import {
	can,
	checkChildLevel,
	childLevelOf,
	MAX_NODE_NAME_LENGTH,
	type AccessSubject
} from '$lib/domain/access';
import { record } from '$lib/server/audit';
import { findNode, insertNode, listAllNodes, updateNodeName } from './hierarchy.repository';
import { buildTree, type TreeNode } from './tree';

/**
 * Why a change to the hierarchy was refused:
 * - `forbidden`: the actor does not hold `hierarchy.manage` on the node;
 * - `not_found`: no such node;
 * - `leaf_level`: grids have no children;
 * - `bad_name`: the name is empty or too long.
 */
export type HierarchyError = 'forbidden' | 'not_found' | 'leaf_level' | 'bad_name';

export interface NodeNames {
	name: string;
	nameEn?: string | null;
}

function cleanNames(input: NodeNames): { name: string; nameEn: string | null } | null {
	const name = input.name.trim();
	const nameEn = input.nameEn?.trim() || null;
	if (!name || name.length > MAX_NODE_NAME_LENGTH) return null;
	if (nameEn && nameEn.length > MAX_NODE_NAME_LENGTH) return null;
	return { name, nameEn };
}

/** Creates a node one level below `parentId`; the level follows from the parent's. */
export async function createChildNode(
	db: Db,
	actor: AccessSubject,
	input: NodeNames & { parentId: number }
): Promise<Result<Node, HierarchyError>> {
	const parent = await findNode(db, input.parentId);
	if (!parent) return err('not_found');
	if (!can(actor, 'hierarchy.manage', parent.path)) return err('forbidden');
	const level = childLevelOf(parent.level);
	if (level === null) return err('leaf_level');
	const checked = checkChildLevel(parent.level, level);
	if (!checked.ok) return err('leaf_level');
	const names = cleanNames(input);
	if (!names) return err('bad_name');
	const created = await insertNode(db, { parentId: parent.id, level, ...names });
	await record(db, {
		actorId: actor.id,
		action: 'hierarchy.create',
		target: { type: 'node', id: created.id },
		nodePath: created.path,
		after: { level, ...names, parentId: parent.id }
	});
	return ok(created);
}

export async function renameNode(
	db: Db,
	actor: AccessSubject,
	input: NodeNames & { nodeId: number }
): Promise<Result<Node, HierarchyError>> {
	const node = await findNode(db, input.nodeId);
	if (!node) return err('not_found');
	if (!can(actor, 'hierarchy.manage', node.path)) return err('forbidden');
	const names = cleanNames(input);
	if (!names) return err('bad_name');
	const updated = await updateNodeName(db, node.id, names);
	if (!updated) return err('not_found');
	await record(db, {
		actorId: actor.id,
		action: 'hierarchy.rename',
		target: { type: 'node', id: node.id },
		nodePath: node.path,
		before: { name: node.name, nameEn: node.nameEn },
		after: names
	});
	return ok(updated);
}

/** The whole hierarchy as a tree, for the admin pages and pickers. */
export async function loadTree(db: Db): Promise<TreeNode[]> {
	return buildTree(await listAllNodes(db));
}
