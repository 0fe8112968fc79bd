import type { Node } from '$db/schema';

export interface TreeNode {
	node: Node;
	children: TreeNode[];
}

/**
 * Builds the nested tree from a flat list in which parents come before children. Siblings are
 * sorted by name in Chinese collation order so the same tree always reads the same way.
 */
export function buildTree(rows: readonly Node[]): TreeNode[] {
	const byId = new Map<number, TreeNode>();
	const roots: TreeNode[] = [];
	for (const node of rows) {
		const item: TreeNode = { node, children: [] };
		byId.set(node.id, item);
		const parent = node.parentId === null ? undefined : byId.get(node.parentId);
		(parent ? parent.children : roots).push(item);
	}
	const collator = new Intl.Collator('zh-CN');
	const sort = (list: TreeNode[]) => {
		list.sort((a, b) => collator.compare(a.node.name, b.node.name));
		for (const item of list) sort(item.children);
	};
	sort(roots);
	return roots;
}
