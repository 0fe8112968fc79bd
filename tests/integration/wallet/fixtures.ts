import { randomUUID } from 'node:crypto';
import type { AccountKind, Asset } from '../../../chain/core/ledger';
import { unwrap } from '../../../chain/core/shared';
import { nodes, partners, roleGrants, timebankSettings, users } from '../../../db/schema';
import type { AccessSubject, Role } from '../../../web/src/lib/domain/access';
import { phoneColumns } from '../../../web/src/lib/server/crypto';
import type { PostingService } from '../../../web/src/lib/server/ledger';
import type { TestDatabase } from '../../helpers/db';

// Phones are stored encrypted; a fixed test key keeps the keys out of the repository's .data.
process.env.DATA_ENCRYPTION_KEY ??= 'a1'.repeat(32);

type Place = { id: number; path: string };

async function insertNode(db: TestDatabase, parentId: number | null, level: string, name: string) {
	const [row] = await db.db
		.insert(nodes)
		.values({ parentId, level: level as 'city', name })
		.returning({ id: nodes.id, path: nodes.path });
	if (!row) throw new Error('no node');
	return row;
}

/** Street 东街 with communities 甲 and 乙, and street 西街 with community 丙. */
export async function places(db: TestDatabase) {
	const city = await insertNode(db, null, 'city', '测试市');
	const district = await insertNode(db, city.id, 'district', '测试区');
	const east = await insertNode(db, district.id, 'street', '东街');
	const west = await insertNode(db, district.id, 'street', '西街');
	const jia = await insertNode(db, east.id, 'community', '甲社区');
	const yi = await insertNode(db, east.id, 'community', '乙社区');
	const bing = await insertNode(db, west.id, 'community', '丙社区');
	return { east, west, jia, yi, bing };
}

export type Person = AccessSubject & { displayName: string; communityId: number | null };

/** A person living in `home`, holding `roles` on `staffOn` (default: home). */
export async function person(
	db: TestDatabase,
	home: Place,
	name: string,
	phone: string,
	options: { roles?: Role[]; staffOn?: Place; status?: 'verified' | 'unverified' } = {}
): Promise<Person> {
	const [row] = await db.db
		.insert(users)
		.values({
			displayName: name,
			passwordHash: 'x',
			...phoneColumns(phone),
			communityId: home.id,
			status: options.status ?? 'verified'
		})
		.returning();
	if (!row) throw new Error('no user');
	const staffOn = options.staffOn ?? home;
	for (const role of options.roles ?? []) {
		await db.db.insert(roleGrants).values({ userId: row.id, role, nodeId: staffOn.id });
	}
	return {
		id: row.id,
		displayName: name,
		communityId: home.id,
		status: row.status,
		roles: [
			{ role: 'resident', nodeId: home.id, nodePath: home.path },
			...(options.roles ?? []).map((role) => ({ role, nodeId: staffOn.id, nodePath: staffOn.path }))
		]
	};
}

export async function partner(db: TestDatabase, name: string): Promise<number> {
	const [row] = await db.db
		.insert(partners)
		.values({ name, licenceNo: randomUUID().slice(0, 18), status: 'approved' })
		.returning({ id: partners.id });
	if (!row) throw new Error('no partner');
	return row.id;
}

export async function creditLimit(db: TestDatabase, communityId: number, minutes: number) {
	await db.db.insert(timebankSettings).values({ communityId, creditLimitMinutes: minutes });
}

/** Opens (or finds) an account the way the features do. */
export async function accountOf(
	posting: PostingService,
	ownerType: 'user' | 'community' | 'partner',
	ownerId: number,
	asset: Asset,
	kind: AccountKind,
	floor?: number
): Promise<string> {
	const spec = { ownerType, ownerId, asset, kind, ...(floor !== undefined && { floor }) };
	return unwrap(await posting.ensureAccount(spec)).id;
}

export function meta(kind: string) {
	const key = randomUUID();
	return { idempotencyKey: key, actorId: 0, kind, reference: `test:${key}` };
}
