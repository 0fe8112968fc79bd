import { nodes, roleGrants, users, type NodeLevel, type Role } from '../../db/schema';
import type { AccessSubject } from '../../web/src/lib/domain/access';
import type { TestDatabase } from '../helpers/db';

/** A controllable clock for services that take `now`. */
export function clock(start: string) {
	let now = new Date(start);
	return {
		now: () => new Date(now),
		set: (iso: string) => {
			now = new Date(iso);
		},
		advance: (ms: number) => {
			now = new Date(now.getTime() + ms);
		}
	};
}

async function insertNode(
	db: TestDatabase,
	parentId: number | null,
	level: NodeLevel,
	name: string
) {
	const [row] = await db.db.insert(nodes).values({ parentId, level, name }).returning();
	if (!row) throw new Error('no node');
	return row;
}

/** A street with two communities, so "another community" can be tested. */
export async function places(db: TestDatabase) {
	const city = await insertNode(db, null, 'city', '测试市');
	const district = await insertNode(db, city.id, 'district', '测试区');
	const street = await insertNode(db, district.id, 'street', '测试街道');
	const home = await insertNode(db, street.id, 'community', '甲社区');
	const other = await insertNode(db, street.id, 'community', '乙社区');
	return { city, street, home, other };
}

export type Subject = AccessSubject & { displayName: string; communityId: number };

let phone = 13700000000;

/** A resident of `community` (the implicit resident grant) with any staff roles granted there. */
export async function person(
	db: TestDatabase,
	community: { id: number; path: string },
	options: { status?: 'verified' | 'unverified'; roles?: Exclude<Role, 'resident'>[] } = {}
): Promise<Subject> {
	phone += 1;
	const [row] = await db.db
		.insert(users)
		.values({
			displayName: `居民${phone % 1000}`,
			passwordHash: 'x',
			phone: String(phone),
			communityId: community.id,
			status: options.status ?? 'verified'
		})
		.returning();
	if (!row) throw new Error('no user');
	const roles = options.roles ?? [];
	for (const role of roles) {
		await db.db.insert(roleGrants).values({ userId: row.id, role, nodeId: community.id });
	}
	const grant = (role: Role) => ({ role, nodeId: community.id, nodePath: community.path });
	return {
		id: row.id,
		displayName: row.displayName,
		communityId: community.id,
		status: row.status,
		roles: [grant('resident'), ...roles.map(grant)]
	};
}
