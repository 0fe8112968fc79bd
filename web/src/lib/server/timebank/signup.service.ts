import { and, asc, eq, gte, sql } from 'drizzle-orm';
import {
	decideCancel,
	decideSignup,
	promoteFromWaitingList,
	type CancelError,
	type SignupError
} from '$lib/domain/timebank';
import { err, ok, type Result } from '$core/shared';
import { activities, activitySignups, activitySlots, nodes } from '../../../../../db/schema';
import { notify, type PendingNotification } from '../notifications/notify';
import type { TimebankDeps } from './deps';
import { recordProxyAction, type Acting } from './proxy.service';

type Tx = Parameters<Parameters<TimebankDeps['db']['transaction']>[0]>[0];

/** Locks the slot row: every sign-up and cancellation of one slot runs one at a time. */
async function lockSlot(tx: Tx, slotId: number) {
	const [row] = await tx
		.select({ slot: activitySlots, activity: activities, path: nodes.path })
		.from(activitySlots)
		.innerJoin(activities, eq(activities.id, activitySlots.activityId))
		.innerJoin(nodes, eq(nodes.id, activities.nodeId))
		.where(eq(activitySlots.id, slotId))
		.for('update', { of: activitySlots });
	if (!row) return null;
	const counts = await tx
		.select({ taken: sql<number>`count(*)`.mapWith(Number) })
		.from(activitySignups)
		.where(and(eq(activitySignups.slotId, slotId), eq(activitySignups.status, 'signed_up')));
	return { ...row, taken: counts[0]?.taken ?? 0 };
}

async function existingSignup(tx: Tx, slotId: number, userId: number) {
	const [row] = await tx
		.select()
		.from(activitySignups)
		.where(and(eq(activitySignups.slotId, slotId), eq(activitySignups.userId, userId)));
	return row ?? null;
}

/**
 * Signs the subject up to a slot, or onto its waiting list when it is full. Fifty people racing
 * for the last five places get exactly five: the slot row is locked while places are counted.
 */
export async function signUp(
	deps: TimebankDeps,
	acting: Acting,
	slotId: number
): Promise<Result<'signed_up' | 'waiting', SignupError | 'not_found'>> {
	const person = acting.subject;
	return deps.db.transaction(async (tx) => {
		const locked = await lockSlot(tx, slotId);
		if (!locked) return err('not_found');
		const existing = await existingSignup(tx, slotId, person.id);
		const decision = decideSignup({
			verified: person.status === 'verified',
			activityStatus: locked.activity.status,
			inAudience: person.communityPath?.startsWith(locked.path) ?? false,
			deadline: locked.activity.signupDeadline,
			slotStartsAt: locked.slot.startsAt,
			capacity: locked.slot.capacity,
			taken: locked.taken,
			existing: existing?.status ?? null,
			now: deps.now()
		});
		if (!decision.ok) return decision;
		const values = { status: decision.value, queuedAt: deps.now(), actorId: acting.actor.id };
		if (existing) {
			await tx.update(activitySignups).set(values).where(eq(activitySignups.id, existing.id));
		} else {
			await tx.insert(activitySignups).values({ ...values, slotId, userId: person.id });
		}
		await recordProxyAction(tx, acting, 'activity.signup', `activity-slot:${slotId}`);
		return ok(decision.value);
	});
}

/** Cancels a place (before the deadline) or leaves the waiting list; frees places in queue order. */
export async function cancelSignup(
	deps: TimebankDeps,
	acting: Acting,
	slotId: number
): Promise<Result<true, CancelError | 'not_found'>> {
	const pending: PendingNotification[] = [];
	const result = await deps.db.transaction(
		async (tx): Promise<Result<true, CancelError | 'not_found'>> => {
			const locked = await lockSlot(tx, slotId);
			if (!locked) return err('not_found');
			const existing = await existingSignup(tx, slotId, acting.subject.id);
			const decision = decideCancel({
				existing: existing?.status ?? null,
				deadline: locked.activity.signupDeadline,
				now: deps.now()
			});
			if (!decision.ok) return decision;
			if (!existing) return err('not_signed_up');
			await tx
				.update(activitySignups)
				.set({ status: 'cancelled', actorId: acting.actor.id })
				.where(eq(activitySignups.id, existing.id));
			await recordProxyAction(tx, acting, 'activity.cancel', `activity-slot:${slotId}`);
			if (decision.value === 'signed_up' && locked.slot.startsAt > deps.now()) {
				const free = locked.slot.capacity - (locked.taken - 1);
				pending.push(...(await promote(tx, slotId, free, locked.activity)));
			}
			return ok(true as const);
		}
	);
	for (const p of pending) await p.publish();
	return result;
}

async function promote(
	tx: Tx,
	slotId: number,
	free: number,
	activity: { id: number; title: string }
): Promise<PendingNotification[]> {
	const waiting = await tx
		.select()
		.from(activitySignups)
		.where(and(eq(activitySignups.slotId, slotId), eq(activitySignups.status, 'waiting')))
		.orderBy(asc(activitySignups.queuedAt), asc(activitySignups.id));
	const pending: PendingNotification[] = [];
	for (const next of promoteFromWaitingList(waiting, free)) {
		await tx
			.update(activitySignups)
			.set({ status: 'signed_up' })
			.where(eq(activitySignups.id, next.id));
		pending.push(
			await notify(tx, {
				userId: next.userId,
				type: 'activity_place_freed',
				params: { title: activity.title },
				link: `/activities/${activity.id}`
			})
		);
	}
	return pending;
}

/** The subject's sign-ups for slots that have not ended, soonest first. */
export async function mySignups(deps: TimebankDeps, userId: number) {
	return deps.db
		.select({
			slotId: activitySlots.id,
			activityId: activities.id,
			title: activities.title,
			place: activities.place,
			startsAt: activitySlots.startsAt,
			endsAt: activitySlots.endsAt,
			status: activitySignups.status
		})
		.from(activitySignups)
		.innerJoin(activitySlots, eq(activitySlots.id, activitySignups.slotId))
		.innerJoin(activities, eq(activities.id, activitySlots.activityId))
		.where(
			and(
				eq(activitySignups.userId, userId),
				gte(activitySlots.endsAt, sql`now() - interval '1 day'`)
			)
		)
		.orderBy(asc(activitySlots.startsAt));
}

/** The subject's entry on one slot, if any. */
export async function signupStatus(deps: TimebankDeps, slotId: number, userId: number) {
	const [row] = await deps.db
		.select({ status: activitySignups.status })
		.from(activitySignups)
		.where(and(eq(activitySignups.slotId, slotId), eq(activitySignups.userId, userId)));
	return row?.status ?? null;
}
