import { and, desc, eq, lte, or } from 'drizzle-orm';
import { can, type AccessSubject } from '$lib/domain/access';
import {
	checkCareGrant,
	checkDonation,
	type DonationError,
	type GrantError
} from '$lib/domain/timebank';
import type { LedgerError } from '$core/ledger';
import { err, ok, type Result } from '$core/shared';
import { carePoolGrants, hourDonations, nodes, users } from '../../../../../db/schema';
import { notify } from '../notifications/notify';
import { available, carePoolAccount, residentHourAccount } from './accounts';
import type { TimebankDeps } from './deps';
import { findPerson } from './people';
import { recordProxyAction, type Acting } from './proxy.service';
import { userHasPhone } from '$lib/server/crypto';

export type DonateError =
	| DonationError
	| GrantError
	| LedgerError
	| 'not_verified'
	| 'no_community'
	| 'recipient_not_found'
	| 'not_found'
	| 'forbidden'
	| 'already_decided'
	| 'other_community';

/**
 * Gives banked hours to a family member (held until they accept) or to the community's care
 * pool (at once). Only hours actually earned can be given, never borrowed ones.
 */
export async function donate(
	deps: TimebankDeps,
	acting: Acting,
	input: { minutes: number; recipientPhone: string | null }
): Promise<Result<{ id: number; pending: boolean }, DonateError>> {
	const donor = acting.subject;
	if (donor.status !== 'verified') return err('not_verified');
	if (donor.communityId === null) return err('no_community');
	let recipientId: number | null = null;
	if (input.recipientPhone) {
		const [r] = await deps.db
			.select({ id: users.id })
			.from(users)
			.where(userHasPhone(input.recipientPhone));
		if (!r) return err('recipient_not_found');
		recipientId = r.id;
	}
	const from = await residentHourAccount(deps, donor.id, donor.communityId);
	const allowed = checkDonation({
		donorId: donor.id,
		recipientId,
		minutes: input.minutes,
		availableMinutes: await available(deps, from)
	});
	if (!allowed.ok) return allowed;
	const [row] = await deps.db
		.insert(hourDonations)
		.values({
			communityId: donor.communityId,
			donorId: donor.id,
			recipientId,
			minutes: input.minutes,
			status: recipientId === null ? 'done' : 'pending',
			actorId: acting.actor.id,
			// The service clock, not the database's: the 14-day expiry counts from here.
			createdAt: deps.now()
		})
		.returning();
	if (!row) throw new Error('insert returned no row');
	const meta = {
		actorId: acting.actor.id,
		onBehalfOfId: acting.onBehalfOfId,
		reference: `donation:${row.id}`,
		debitAccountId: from,
		asset: 'HOUR' as const,
		amount: input.minutes
	};
	const moved =
		recipientId === null
			? await deps.posting.transfer({
					...meta,
					idempotencyKey: `donation:${row.id}`,
					kind: 'donation.care_pool',
					creditAccountId: await carePoolAccount(deps, donor.communityId)
				})
			: await deps.posting.hold({
					...meta,
					idempotencyKey: `donation:${row.id}/hold`,
					kind: 'donation.hold',
					creditAccountId: await residentHourAccount(deps, recipientId, donor.communityId),
					expiresAt: null
				});
	if (!moved.ok) {
		// Nothing moved: the row would only confuse, so it goes.
		await deps.db.delete(hourDonations).where(eq(hourDonations.id, row.id));
		return moved;
	}
	await deps.db
		.update(hourDonations)
		.set({ transferId: moved.value.id })
		.where(eq(hourDonations.id, row.id));
	await recordProxyAction(deps.db, acting, 'donation.give', `donation:${row.id}`);
	if (recipientId !== null) {
		await notify(deps.db, {
			userId: recipientId,
			type: 'donation_offered',
			params: { name: donor.displayName, minutes: input.minutes },
			link: '/donate'
		});
	}
	return ok({ id: row.id, pending: recipientId !== null });
}

/** The family member accepts (the held hours arrive) or declines (they go back). */
export async function answerDonation(
	deps: TimebankDeps,
	acting: Acting,
	donationId: number,
	accept: boolean
): Promise<Result<true, DonateError>> {
	const [row] = await deps.db.select().from(hourDonations).where(eq(hourDonations.id, donationId));
	if (!row || row.recipientId !== acting.subject.id || !row.transferId) return err('not_found');
	if (row.status !== 'pending') return err('already_decided');
	const meta = {
		actorId: acting.actor.id,
		onBehalfOfId: acting.onBehalfOfId,
		reference: `donation:${row.id}`,
		holdId: row.transferId
	};
	const done = accept
		? await deps.posting.capture({
				...meta,
				idempotencyKey: `donation:${row.id}/capture`,
				kind: 'donation.capture'
			})
		: await deps.posting.void({
				...meta,
				idempotencyKey: `donation:${row.id}/void`,
				kind: 'donation.void'
			});
	if (!done.ok) {
		return done.error === 'hold_already_captured' || done.error === 'hold_already_voided'
			? err('already_decided')
			: done;
	}
	await deps.db
		.update(hourDonations)
		.set({ status: accept ? 'accepted' : 'declined', decidedAt: deps.now() })
		.where(and(eq(hourDonations.id, donationId), eq(hourDonations.status, 'pending')));
	await recordProxyAction(
		deps.db,
		acting,
		accept ? 'donation.accept' : 'donation.decline',
		`donation:${row.id}`
	);
	return ok(true);
}

/** A family donation nobody answers returns to the donor after this long (PRODUCT: 14 days). */
export const DONATION_EXPIRY_MS = 14 * 24 * 3_600_000;

/**
 * Voids every family donation still pending 14 days after it was given, so the hours go back to
 * the donor. Safe to run twice or concurrently: the void has the same idempotency key as a
 * decline (one hold resolves once), and the status only changes from 'pending'.
 */
export async function expireDonations(deps: TimebankDeps): Promise<number> {
	const cutoff = new Date(deps.now().getTime() - DONATION_EXPIRY_MS);
	const due = await deps.db
		.select()
		.from(hourDonations)
		.where(and(eq(hourDonations.status, 'pending'), lte(hourDonations.createdAt, cutoff)));
	let expired = 0;
	for (const row of due) {
		if (!row.transferId) continue;
		const voided = await deps.posting.void({
			idempotencyKey: `donation:${row.id}/void`,
			kind: 'donation.void',
			reference: `donation:${row.id}`,
			// 0: the platform itself, as for other scheduled postings.
			actorId: 0,
			holdId: row.transferId
		});
		// Captured meanwhile (accepted a moment ago): answerDonation records that, not us.
		if (!voided.ok && voided.error !== 'hold_already_voided') continue;
		const changed = await deps.db
			.update(hourDonations)
			.set({ status: 'expired', decidedAt: deps.now() })
			.where(and(eq(hourDonations.id, row.id), eq(hourDonations.status, 'pending')))
			.returning({ id: hourDonations.id });
		if (changed.length === 0) continue;
		expired++;
		await notify(deps.db, {
			userId: row.donorId,
			type: 'donation_expired',
			params: { minutes: row.minutes },
			link: '/donate'
		});
	}
	return expired;
}

export async function donationsOf(deps: TimebankDeps, userId: number) {
	return deps.db
		.select()
		.from(hourDonations)
		.where(or(eq(hourDonations.donorId, userId), eq(hourDonations.recipientId, userId)))
		.orderBy(desc(hourDonations.createdAt));
}

/** The committee grants hours from the care pool to a resident in need, with a reason. */
export async function grantFromCarePool(
	deps: TimebankDeps,
	user: AccessSubject,
	input: { communityId: number; recipientId: number; minutes: number; reason: string }
): Promise<Result<{ id: number; transferId: string }, DonateError>> {
	const [place] = await deps.db.select().from(nodes).where(eq(nodes.id, input.communityId));
	if (!place) return err('not_found');
	if (!can(user, 'carepool.grant', place.path)) return err('forbidden');
	const recipient = await findPerson(deps.db, input.recipientId);
	if (!recipient) return err('recipient_not_found');
	if (recipient.communityId !== input.communityId) return err('other_community');
	const pool = await carePoolAccount(deps, input.communityId);
	const allowed = checkCareGrant({ ...input, poolMinutes: await available(deps, pool) });
	if (!allowed.ok) return allowed;
	const [row] = await deps.db
		.insert(carePoolGrants)
		.values({ ...input, reason: input.reason.trim(), grantedBy: user.id })
		.returning();
	if (!row) throw new Error('insert returned no row');
	const moved = await deps.posting.transfer({
		idempotencyKey: `care-grant:${row.id}`,
		kind: 'care_pool.grant',
		reference: `care-grant:${row.id}`,
		actorId: user.id,
		debitAccountId: pool,
		creditAccountId: await residentHourAccount(deps, input.recipientId, input.communityId),
		asset: 'HOUR',
		amount: input.minutes
	});
	if (!moved.ok) {
		await deps.db.delete(carePoolGrants).where(eq(carePoolGrants.id, row.id));
		return moved;
	}
	await deps.db
		.update(carePoolGrants)
		.set({ transferId: moved.value.id })
		.where(eq(carePoolGrants.id, row.id));
	await notify(deps.db, {
		userId: input.recipientId,
		type: 'care_pool_granted',
		params: { minutes: input.minutes },
		link: '/activities/mine'
	});
	return ok({ id: row.id, transferId: moved.value.id });
}
