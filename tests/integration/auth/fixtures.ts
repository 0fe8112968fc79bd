import { eq } from 'drizzle-orm';
import { nodes, type NodeLevel } from '../../../db/schema';
import type { Db } from '../../../db/client';
import { registerUser } from '../../../web/src/lib/server/auth/register';

/** Inserts one node under `parent`, with the materialised path the hierarchy uses (`/1/4/`). */
async function insertNode(
	db: Db,
	level: NodeLevel,
	name: string,
	parent: { id: number; path: string } | null
): Promise<{ id: number; path: string }> {
	const [row] = await db
		.insert(nodes)
		.values({ level, name, parentId: parent?.id ?? null, path: `tmp-${Math.random()}` })
		.returning({ id: nodes.id });
	if (!row) throw new Error('no node inserted');
	const path = `${parent?.path ?? '/'}${row.id}/`;
	await db.update(nodes).set({ path }).where(eq(nodes.id, row.id));
	return { id: row.id, path };
}

/** city → district → two streets, with two communities on the first street and one on the second. */
export async function createPlaces(db: Db) {
	const city = await insertNode(db, 'city', '上海市', null);
	const district = await insertNode(db, 'district', '静安区', city);
	const streetA = await insertNode(db, 'street', '石门二路街道', district);
	const streetB = await insertNode(db, 'street', '南京西路街道', district);
	const communityA1 = await insertNode(db, 'community', '新福康里社区', streetA);
	const communityA2 = await insertNode(db, 'community', '恒丰社区', streetA);
	const communityB1 = await insertNode(db, 'community', '王家沙社区', streetB);
	return { city, district, streetA, streetB, communityA1, communityA2, communityB1 };
}

export const GOOD_PASSWORD = 'lantern-river-tea-42';

/** A registered (unverified) user with a phone login. */
export async function createUser(
	db: Db,
	communityId: number,
	login: string,
	now = new Date('2026-03-01T08:00:00Z')
) {
	const result = await registerUser(
		db,
		{ login, password: GOOD_PASSWORD, displayName: '王阿姨', communityId, locale: 'zh-CN' },
		now
	);
	if (!result.ok) throw new Error(`registration failed: ${result.error}`);
	return result;
}

/** A minimal stand-in for SvelteKit's cookie jar, enough for the hooks. */
export function cookieJar(initial: Record<string, string> = {}) {
	const values = new Map(Object.entries(initial));
	const deleted: string[] = [];
	const set: { name: string; value: string; options: Record<string, unknown> }[] = [];
	return {
		deleted,
		set,
		cookies: {
			get: (name: string) => values.get(name),
			getAll: () => [...values].map(([name, value]) => ({ name, value })),
			set: (name: string, value: string, options: Record<string, unknown>) => {
				values.set(name, value);
				set.push({ name, value, options });
			},
			delete: (name: string) => {
				values.delete(name);
				deleted.push(name);
			},
			serialize: () => ''
		}
	};
}
