import { and, asc, eq } from 'drizzle-orm';
import { maskPhone, type AccessSubject } from '$lib/domain/access';
import { normaliseCardNumber } from '$lib/domain/sorting';
import { err, ok, type Result } from '$core/shared';
import {
	sortingHouseholdMembers,
	sortingHouseholds,
	sortingJoinRequests,
	users
} from '../../../../../db/schema';
import type { SortingDeps } from './deps';
import { managedCommunity } from './points.service';

export type HouseholdError =
	| 'forbidden'
	| 'not_found'
	| 'invalid_card'
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

async function managedHousehold(deps: SortingDeps, user: AccessSubject, householdId: number) {
	const [row] = await deps.db
		.select()
		.from(sortingHouseholds)
		.where(eq(sortingHouseholds.id, householdId));
	if (!row) return err('not_found' as const);
	const community = await managedCommunity(deps, user, row.communityId);
	return community.ok ? ok(row) : community;
}

/** Links a resident (found by phone) to a household; the first member holds the card. */
export async function addMember(
	deps: SortingDeps,
	user: AccessSubject,
	householdId: number,
	phone: string
): Promise<Result<null, HouseholdError>> {
	const household = await managedHousehold(deps, user, householdId);
	if (!household.ok) return household;
	const [person] = await deps.db.select().from(users).where(eq(users.phone, phone.trim()));
	if (!person) return err('unknown_person');
	return link(deps, household.value, person.id, person.communityId);
}

async function link(
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

/** A resident asks to join the household whose card they hold. */
export async function requestToJoin(
	deps: SortingDeps,
	user: AccessSubject & { communityId: number | null },
	rawCard: string
): Promise<Result<null, HouseholdError>> {
	const card = normaliseCardNumber(rawCard);
	if (!card) return err('invalid_card');
	const [household] = await deps.db
		.select()
		.from(sortingHouseholds)
		.where(eq(sortingHouseholds.cardNumber, card));
	if (!household) return err('not_found');
	if (household.communityId !== user.communityId) return err('other_community');
	const [member] = await deps.db
		.select()
		.from(sortingHouseholdMembers)
		.where(eq(sortingHouseholdMembers.userId, user.id));
	if (member) return err('already_member');
	const [open] = await deps.db
		.select()
		.from(sortingJoinRequests)
		.where(and(eq(sortingJoinRequests.userId, user.id), eq(sortingJoinRequests.status, 'pending')));
	if (open) return err('already_requested');
	await deps.db.insert(sortingJoinRequests).values({ userId: user.id, householdId: household.id });
	return ok(null);
}

export async function decideJoin(
	deps: SortingDeps,
	user: AccessSubject,
	requestId: number,
	approve: boolean
): Promise<Result<null, HouseholdError>> {
	const [request] = await deps.db
		.select()
		.from(sortingJoinRequests)
		.where(eq(sortingJoinRequests.id, requestId));
	if (!request || request.status !== 'pending') return err('not_found');
	const household = await managedHousehold(deps, user, request.householdId);
	if (!household.ok) return household;
	if (approve) {
		const [person] = await deps.db.select().from(users).where(eq(users.id, request.userId));
		const linked = await link(deps, household.value, request.userId, person?.communityId ?? null);
		if (!linked.ok && linked.error !== 'already_member') return linked;
	}
	await deps.db
		.update(sortingJoinRequests)
		.set({ status: approve ? 'approved' : 'rejected', decidedBy: user.id, decidedAt: deps.now() })
		.where(eq(sortingJoinRequests.id, requestId));
	return ok(null);
}

/** Households of a community with members (phones masked) and open join requests. */
export async function householdsOfCommunity(deps: SortingDeps, communityId: number) {
	const households = await deps.db
		.select()
		.from(sortingHouseholds)
		.where(eq(sortingHouseholds.communityId, communityId))
		.orderBy(asc(sortingHouseholds.building), asc(sortingHouseholds.unit));
	const members = await deps.db
		.select({
			householdId: sortingHouseholdMembers.householdId,
			id: users.id,
			name: users.displayName,
			phone: users.phone
		})
		.from(sortingHouseholdMembers)
		.innerJoin(users, eq(users.id, sortingHouseholdMembers.userId))
		.innerJoin(sortingHouseholds, eq(sortingHouseholds.id, sortingHouseholdMembers.householdId))
		.where(eq(sortingHouseholds.communityId, communityId));
	const requests = await deps.db
		.select({
			id: sortingJoinRequests.id,
			householdId: sortingJoinRequests.householdId,
			name: users.displayName,
			phone: users.phone
		})
		.from(sortingJoinRequests)
		.innerJoin(users, eq(users.id, sortingJoinRequests.userId))
		.innerJoin(sortingHouseholds, eq(sortingHouseholds.id, sortingJoinRequests.householdId))
		.where(
			and(eq(sortingHouseholds.communityId, communityId), eq(sortingJoinRequests.status, 'pending'))
		);
	const masked = <T extends { phone: string | null }>(r: T) => ({
		...r,
		phone: r.phone ? maskPhone(r.phone) : ''
	});
	return households.map((h) => ({
		...h,
		members: members.filter((m) => m.householdId === h.id).map(masked),
		requests: requests.filter((r) => r.householdId === h.id).map(masked)
	}));
}
