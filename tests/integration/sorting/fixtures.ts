import { randomUUID } from 'node:crypto';
import { unwrap } from '../../../chain/core/shared';
import {
	sortingHouseholdMembers,
	sortingHouseholds,
	sortingInspectors,
	sortingPoints
} from '../../../db/schema';
import { personalCode } from '../../../web/src/lib/domain/timebank/qr-token';
import { PostingService } from '../../../web/src/lib/server/ledger/posting.service';
import { sortingDeps, type SortingDeps } from '../../../web/src/lib/server/sorting/deps';
import type { DropoffInput } from '../../../web/src/lib/server/sorting/types';
import type { TestDatabase } from '../../helpers/db';
import { clock as baseClock, person, places, type Subject } from '../../factories/community';

export const SECRET = new TextEncoder().encode('integration-test-sorting-secret-01');

/** A controllable clock; starts at 09:00 China time on a Monday. */
export const clock = (start = '2026-05-04T01:00:00Z') => baseClock(start);

export function depsFor(db: TestDatabase, now: () => Date): SortingDeps {
	return sortingDeps({
		db: db.db,
		sql: db.sql,
		posting: new PostingService(db.sql, { now }),
		now,
		qrSecret: SECRET
	});
}

export { places, person };
export type { Subject as Person };

export async function point(
	db: TestDatabase,
	communityId: number,
	inspectorIds: number[],
	options: { opens?: string; closes?: string; categories?: string[] } = {}
) {
	const [row] = await db.db
		.insert(sortingPoints)
		.values({
			communityId,
			name: `投放点${inspectorIds.join('')}`,
			opens: options.opens ?? '00:00',
			closes: options.closes ?? '00:00',
			categories: options.categories ?? ['food', 'recyclable', 'hazardous', 'residual']
		})
		.returning();
	if (!row) throw new Error('no point');
	for (const userId of inspectorIds) {
		await db.db.insert(sortingInspectors).values({ pointId: row.id, userId });
	}
	return row;
}

let card = 1000;

export async function household(db: TestDatabase, communityId: number, members: number[]) {
	card += 1;
	const [row] = await db.db
		.insert(sortingHouseholds)
		.values({
			communityId,
			building: '1号楼',
			unit: '101',
			cardNumber: `TST-${card}`,
			cardHolderId: members[0] ?? null
		})
		.returning();
	if (!row) throw new Error('no household');
	for (const userId of members) {
		await db.db.insert(sortingHouseholdMembers).values({ userId, householdId: row.id });
	}
	return row;
}

/** Puts points in the community's pool, from its issuance account. */
export async function fundPool(deps: SortingDeps, communityId: number, amount: number) {
	const open = async (kind: 'community_pool' | 'community_issuance') =>
		unwrap(
			await deps.posting.ensureAccount({
				ownerType: 'community',
				ownerId: communityId,
				asset: 'POINT',
				kind
			})
		).id;
	const result = await deps.posting.transfer({
		idempotencyKey: randomUUID(),
		actorId: 0,
		kind: 'adjustment',
		reference: `community:${communityId}`,
		debitAccountId: await open('community_issuance'),
		creditAccountId: await open('community_pool'),
		asset: 'POINT',
		amount
	});
	if (!result.ok) throw new Error(result.error);
}

export async function pointsOf(deps: SortingDeps, userId: number): Promise<number> {
	const account = unwrap(
		await deps.posting.ensureAccount({
			ownerType: 'user',
			ownerId: userId,
			asset: 'POINT',
			kind: 'resident'
		})
	);
	return (await deps.posting.balances([account.id])).get(account.id)?.available ?? 0;
}

/** A drop-off shown with the resident's current personal code. */
export function dropoff(
	deps: SortingDeps,
	pointId: number,
	residentId: number,
	overrides: Partial<DropoffInput> = {}
): DropoffInput {
	return {
		id: randomUUID(),
		pointId,
		presented: personalCode(SECRET, residentId, deps.now()),
		category: 'recyclable',
		correct: true,
		note: null,
		recordedAt: deps.now(),
		photo: null,
		...overrides
	};
}
