import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '$db/client';
import { nodes, type Node, type NodeLevel } from '$db/schema';

export async function findNode(db: Db, id: number): Promise<Node | null> {
	const [row] = await db.select().from(nodes).where(eq(nodes.id, id));
	return row ?? null;
}

/** Every node, parents before children (a child's id is always larger than its parent's). */
export async function listAllNodes(db: Db): Promise<Node[]> {
	return db.select().from(nodes).orderBy(asc(nodes.id));
}

/** The nodes on the way from the root down to `node`, root first, `node` included. */
export async function listAncestors(db: Db, node: Node): Promise<Node[]> {
	const ids = node.path.split('/').filter(Boolean).map(Number);
	const rows = await db.select().from(nodes).where(inArray(nodes.id, ids));
	return rows.sort((a, b) => a.path.length - b.path.length);
}

/** Inserts a node; the database trigger fills `path` and refuses a wrong level. */
export async function insertNode(
	db: Db,
	input: { parentId: number | null; level: NodeLevel; name: string; nameEn: string | null }
): Promise<Node> {
	const [row] = await db.insert(nodes).values(input).returning();
	if (!row) throw new Error('insert into nodes returned no row');
	return row;
}

export async function updateNodeName(
	db: Db,
	id: number,
	names: { name: string; nameEn: string | null }
): Promise<Node | null> {
	const [row] = await db.update(nodes).set(names).where(eq(nodes.id, id)).returning();
	return row ?? null;
}

export async function listChildren(db: Db, parentId: number): Promise<Node[]> {
	return db.select().from(nodes).where(eq(nodes.parentId, parentId)).orderBy(asc(nodes.id));
}
