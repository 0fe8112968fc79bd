import { and, asc, eq } from 'drizzle-orm';
import type { AccessSubject } from '$lib/domain/access';
import { normalisePhone } from '$lib/domain/identity/login-id';
import { normaliseCardNumber } from '$lib/domain/sorting';
import { err, ok, type Result } from '$core/shared';
import { nodes, sortingHouseholdMembers, sortingHouseholds, users } from '../../../../../db/schema';
import { userHasPhone } from '../crypto';
import type { SortingDeps } from './deps';
import { managedCommunity } from './points.service';

export type HouseholdError =
	| 'forbidden'
	| 'not_found'
	| 'invalid_card'
	| 'invalid_grid'
	| 'card_taken'
	| 'unknown_person'
	| 'other_community'
	| 'already_member'
	| 'already_requested';

export interface HouseholdInput {
	building: string;
	unit: string;
	cardNumber: string;
	gridId: number | null;
}

/**
 * The grids (网格) under a community, the choices for a household's grid, in the order they were
 * made: "第一网格, 第二网格, 第三网格" read right that way, and no collation sorts them so.
 */
export async function gridsOfCommunity(deps: SortingDeps, communityId: number) {
	return deps.db
		.select({ id: nodes.id, name: nodes.name })
		.from(nodes)
		.where(and(eq(nodes.parentId, communityId), eq(nodes.level, 'grid')))
		.orderBy(asc(nodes.id));
}

/** Null (no grid) is always allowed; a grid must sit directly under the household's community. */
async function checkGrid(deps: SortingDeps, communityId: number, gridId: number | null) {
	if (gridId === null) return true;
	const grids = await gridsOfCommunity(deps, communityId);
	return grids.some((g) => g.id === gridId);
}

export async function createHousehold(
	deps: SortingDeps,
	user: AccessSubject,
	communityId: number,
	input: HouseholdInput
): Promise<Result<number, HouseholdError>> {
	const community = await managedCommunity(deps, user, communityId);
	if (!community.ok) return community;
	const cardNumber = normaliseCardNumber(input.cardNumber);
	if (!cardNumber) return err('invalid_card');
	if (!(await checkGrid(deps, communityId, input.gridId))) return err('invalid_grid');
	const [row] = await deps.db
		.insert(sortingHouseholds)
		.values({
			communityId,
			building: input.building,
			unit: input.unit,
			cardNumber,
			gridId: input.gridId
		})
		.onConflictDoNothing()
		.returning({ id: sortingHouseholds.id });
	return row ? ok(row.id) : err('card_taken');
}

export async function managedHousehold(
	deps: SortingDeps,
	user: AccessSubject,
	householdId: number
) {
	const [row] = await deps.db
		.select()
		.from(sortingHouseholds)
		.where(eq(sortingHouseholds.id, householdId));
	if (!row) return err('not_found' as const);
	const community = await managedCommunity(deps, user, row.communityId);
	return community.ok ? ok(row) : community;
}

/**
 * Puts a household in a grid of its community, or in none (`gridId` null). Grid statistics
 * follow the household's current grid, so moving it moves its past drop-offs too.
 * Errors: 'not_found', 'forbidden', 'invalid_grid'.
 */
export async function setHouseholdGrid(
	deps: SortingDeps,
	user: AccessSubject,
	householdId: number,
	gridId: number | null
): Promise<Result<null, HouseholdError>> {
	const household = await managedHousehold(deps, user, householdId);
	if (!household.ok) return household;
	if (!(await checkGrid(deps, household.value.communityId, gridId))) return err('invalid_grid');
	await deps.db
		.update(sortingHouseholds)
		.set({ gridId })
		.where(eq(sortingHouseholds.id, householdId));
	return ok(null);
}

/** Links a resident (found by phone) to a household; the first member holds the card. */
export async function addMember(
	deps: SortingDeps,
	user: AccessSubject,
	householdId: number,
	rawPhone: string
): Promise<Result<null, HouseholdError>> {
	const household = await managedHousehold(deps, user, householdId);
	if (!household.ok) return household;
	const phone = normalisePhone(rawPhone);
	if (!phone) return err('unknown_person');
	// Numbers are stored encrypted: the keyed hash finds the person (see server/crypto).
	const [person] = await deps.db.select().from(users).where(userHasPhone(phone));
	if (!person) return err('unknown_person');
	return linkMember(deps, household.value, person.id, person.communityId);
}

export async function linkMember(
	deps: SortingDeps,
	household: { id: number; communityId: number; cardHolderId: number | null },
	userId: number,
	communityId: number | null
): Promise<Result<null, HouseholdError>> {
	if (communityId !== household.communityId) return err('other_community');
	return deps.db.transaction(async (tx) => {
		const added = await tx
			.insert(sortingHouseholdMembers)
			.values({ userId, householdId: household.id })
			.onConflictDoNothing()
			.returning();
		if (added.length === 0) return err('already_member' as const);
		if (household.cardHolderId === null) {
			await tx
				.update(sortingHouseholds)
				.set({ cardHolderId: userId })
				.where(eq(sortingHouseholds.id, household.id));
		}
		return ok(null);
	});
}
