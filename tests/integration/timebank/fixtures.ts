import { nodes, organisations, roleGrants, users } from '../../../db/schema';
import type { AccessSubject } from '../../../web/src/lib/domain/access';
import { PostingService } from '../../../web/src/lib/server/ledger/posting.service';
import type { TimebankDeps } from '../../../web/src/lib/server/timebank/deps';
import { actFor, type Acting } from '../../../web/src/lib/server/timebank/proxy.service';
import type { TestDatabase } from '../../helpers/db';

export const SECRET = new TextEncoder().encode('integration-test-qr-secret-000001');

/** A controllable clock shared by the services and the posting service. */
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

export function depsFor(db: TestDatabase, now: () => Date): TimebankDeps {
	return { db: db.db, posting: new PostingService(db.sql, { now }), now, qrSecret: SECRET };
}

async function insertNode(db: TestDatabase, parentId: number | null, level: string, name: string) {
	const [row] = await db.db
		.insert(nodes)
		.values({ parentId, level: level as 'city', name })
		.returning();
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

let phone = 13900000000;

export type Subject = AccessSubject & { displayName: string; communityId: number | null };

/** A person with the implicit resident grant and any staff roles on `staffOn`. */
export async function person(
	db: TestDatabase,
	community: { id: number; path: string },
	options: { status?: 'verified' | 'unverified'; roles?: ('organiser' | 'committee')[] } = {}
): Promise<Subject> {
	phone += 1;
	const [row] = await db.db
		.insert(users)
		.values({
			displayName: `用户${phone % 1000}`,
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
	return {
		id: row.id,
		displayName: row.displayName,
		communityId: community.id,
		status: row.status,
		roles: [
			{ role: 'resident', nodeId: community.id, nodePath: community.path },
			...roles.map((role) => ({ role, nodeId: community.id, nodePath: community.path }))
		]
	};
}

export async function organisation(db: TestDatabase, nodeId: number) {
	const [org] = await db.db
		.insert(organisations)
		.values({ name: '志愿队', nodeId, status: 'approved' })
		.returning();
	return org;
}

/** The person acting for themselves. */
export async function self(deps: TimebankDeps, who: Subject): Promise<Acting> {
	const acting = await actFor(deps.db, who, who.id);
	if (!acting.ok) throw new Error(acting.error);
	return acting.value;
}

export const MIN = 60_000;
export const HOUR = 60 * MIN;
