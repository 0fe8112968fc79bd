import { and, eq } from 'drizzle-orm';
import type { AccessSubject } from '$lib/domain/access';
import { normaliseCardNumber } from '$lib/domain/sorting';
import { err, ok, type Result } from '$core/shared';
import {
	sortingHouseholdMembers,
	sortingHouseholds,
	sortingJoinRequests,
	users
} from '../../../../../db/schema';
import { notify, type PendingNotification } from '../notifications/notify';
import type { SortingDeps } from './deps';
import { managedHousehold, type HouseholdError } from './households.service';

/**
 * The committee members to tell about a community's join requests: those holding the committee
 * role on the community itself, or, when it has none, on the nearest place above it. A street's
 * committee hears of a community's requests only when the community has no committee of its own.
 */
export async function committeeToNotify(
	sql: SortingDeps['sql'],
	communityId: number
): Promise<number[]> {
	const rows = await sql<{ user_id: number; depth: number }[]>`
		select g.user_id, length(n.path) as depth
		from nodes c
		join nodes n on c.path like n.path || '%'
		join role_grants g on g.node_id = n.id and g.role = 'committee'
		join users u on u.id = g.user_id and u.status <> 'disabled' and u.anonymised_at is null
		where c.id = ${communityId}
		order by depth desc, g.user_id`;
	const nearest = rows[0]?.depth;
	return [...new Set(rows.filter((r) => r.depth === nearest).map((r) => r.user_id))];
}

/**
 * A resident asks to join the household whose card they hold; the community's committee is told.
 * Errors: 'invalid_card', 'not_found', 'other_community', 'already_member', 'already_requested'.
 */
export async function requestToJoin(
	deps: SortingDeps,
	user: AccessSubject & { communityId: number | null; displayName: string },
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
	const committee = await committeeToNotify(deps.sql, household.communityId);
	const pending = await deps.db.transaction(async (tx) => {
		await tx.insert(sortingJoinRequests).values({ userId: user.id, householdId: household.id });
		const notes: PendingNotification[] = [];
		for (const userId of committee) {
			const note = await notify(tx, {
				userId,
				type: 'sorting.join_request',
				params: { name: user.displayName, building: household.building, unit: household.unit },
				link: `/committee/sorting/households?community=${household.communityId}`
			});
			notes.push(note);
		}
		return notes;
	});
	await Promise.all(pending.map((n) => n.publish()));
	return ok(null);
}

class AlreadyMember extends Error {}

/**
 * The committee approves (links the resident to the household) or declines a request; the
 * resident is told either way. A request is decided once: a second answer finds it gone.
 * Errors: 'not_found', 'forbidden', 'other_community' (the resident has moved away),
 * 'already_member' (they joined another household meanwhile; decline the request instead).
 */
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
	const found = await managedHousehold(deps, user, request.householdId);
	if (!found.ok) return found;
	const household = found.value;
	const [person] = await deps.db.select().from(users).where(eq(users.id, request.userId));
	if (approve && person?.communityId !== household.communityId) return err('other_community');
	const result = await deps.db
		.transaction(async (tx): Promise<Result<PendingNotification, HouseholdError>> => {
			const decided = await tx
				.update(sortingJoinRequests)
				.set({
					status: approve ? 'approved' : 'rejected',
					decidedBy: user.id,
					decidedAt: deps.now()
				})
				.where(
					and(eq(sortingJoinRequests.id, requestId), eq(sortingJoinRequests.status, 'pending'))
				)
				.returning({ id: sortingJoinRequests.id });
			if (decided.length === 0) return err('not_found' as const);
			if (approve) {
				const added = await tx
					.insert(sortingHouseholdMembers)
					.values({ userId: request.userId, householdId: household.id })
					.onConflictDoNothing()
					.returning();
				// Joined another household meanwhile: nothing is decided, the request stays open.
				if (added.length === 0) throw new AlreadyMember();
				if (household.cardHolderId === null) {
					await tx
						.update(sortingHouseholds)
						.set({ cardHolderId: request.userId })
						.where(eq(sortingHouseholds.id, household.id));
				}
			}
			const note = await notify(tx, {
				userId: request.userId,
				type: approve ? 'sorting.join_approved' : 'sorting.join_declined',
				params: { building: household.building, unit: household.unit },
				link: '/sorting'
			});
			return ok(note);
		})
		.catch((e: unknown) => {
			if (e instanceof AlreadyMember) return err('already_member' as const);
			throw e;
		});
	if (!result.ok) return result;
	await result.value.publish();
	return ok(null);
}
