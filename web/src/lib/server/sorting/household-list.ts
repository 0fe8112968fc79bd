import { and, asc, eq, ilike, inArray, or } from 'drizzle-orm';
import { maskPhone } from '$lib/domain/access';
import {
	sortingHouseholdMembers,
	sortingHouseholds,
	sortingJoinRequests,
	users
} from '../../../../../db/schema';
import { revealPhone } from '../crypto';
import type { SortingDeps } from './deps';

/** Most households one page lists; a bigger community finds one by searching. */
export const HOUSEHOLD_PAGE = 100;

const person = {
	id: users.id,
	name: users.displayName,
	phone: users.phone,
	phoneCipher: users.phoneCipher
};

/** Staff see 138****5678: enough to tell people apart and call, not the whole number. */
const masked = <T extends { phone: string | null; phoneCipher: string | null }>(r: T) => {
	const { phoneCipher, ...rest } = r;
	return { ...rest, phone: maskPhone(revealPhone({ phone: r.phone, phoneCipher })) };
};

/**
 * Households of a community with their members (phones masked), by building and flat: all of
 * them up to `limit`, or those whose building, flat or card number contains `q`.
 */
export async function householdsOfCommunity(
	deps: Pick<SortingDeps, 'db'>,
	communityId: number,
	search: { q?: string; limit?: number } = {}
) {
	const q = (search.q ?? '')
		.trim()
		.slice(0, 40)
		.replace(/[%_\\]/g, (c) => `\\${c}`);
	const h = sortingHouseholds;
	const matches = q
		? or(ilike(h.building, `%${q}%`), ilike(h.unit, `%${q}%`), ilike(h.cardNumber, `%${q}%`))
		: undefined;
	const households = await deps.db
		.select()
		.from(h)
		.where(and(eq(h.communityId, communityId), matches))
		.orderBy(asc(h.building), asc(h.unit), asc(h.id))
		.limit(search.limit ?? HOUSEHOLD_PAGE);
	const ids = households.map((row) => row.id);
	const members = ids.length
		? await deps.db
				.select({ householdId: sortingHouseholdMembers.householdId, ...person })
				.from(sortingHouseholdMembers)
				.innerJoin(users, eq(users.id, sortingHouseholdMembers.userId))
				.where(inArray(sortingHouseholdMembers.householdId, ids))
		: [];
	return households.map((row) => ({
		...row,
		members: members.filter((m) => m.householdId === row.id).map(masked)
	}));
}

/** A community's open join requests, oldest first, with the household each one asks for. */
export async function pendingJoinRequests(deps: Pick<SortingDeps, 'db'>, communityId: number) {
	const rows = await deps.db
		.select({
			...person,
			id: sortingJoinRequests.id,
			householdId: sortingHouseholds.id,
			building: sortingHouseholds.building,
			unit: sortingHouseholds.unit,
			cardNumber: sortingHouseholds.cardNumber,
			createdAt: sortingJoinRequests.createdAt
		})
		.from(sortingJoinRequests)
		.innerJoin(users, eq(users.id, sortingJoinRequests.userId))
		.innerJoin(sortingHouseholds, eq(sortingHouseholds.id, sortingJoinRequests.householdId))
		.where(
			and(eq(sortingHouseholds.communityId, communityId), eq(sortingJoinRequests.status, 'pending'))
		)
		.orderBy(asc(sortingJoinRequests.createdAt), asc(sortingJoinRequests.id));
	return rows.map(masked);
}
