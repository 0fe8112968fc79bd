import { and, eq, lte, sql } from 'drizzle-orm';
import { can, type AccessSubject } from '$lib/domain/access';
import {
	AUTO_ACCEPT_DAYS,
	checkAnswer,
	isFlagged,
	sides,
	type AidError
} from '$lib/domain/timebank';
import type { LedgerError } from '$core/ledger';
import { err, ok, type Result } from '$core/shared';
import { aidPosts, aidRatings, nodes, type AidPost } from '../../../../../db/schema';
import { isUniqueViolation } from '../auth/db';
import { notify } from '../notifications/notify';
import { residentHourAccount } from './accounts';
import { event, lockPost } from './aid.service';
import type { TimebankDeps } from './deps';
import { recordProxyAction, type Acting } from './proxy.service';

export type SettleError =
	| AidError
	| 'not_found'
	| 'forbidden'
	| 'not_disputed'
	| 'reason_required'
	| 'beyond_credit_limit'
	| 'already_rated'
	| 'stars_invalid'
	| LedgerError;

/**
 * Moves the hours from recipient to provider, keyed by the post so that the two-tap confirm,
 * the automatic acceptance and a retry all credit once. The recipient may go down to the
 * community's credit limit, not further.
 */
async function moveHours(
	deps: TimebankDeps,
	post: AidPost,
	minutes: number,
	actorId: number,
	onBehalfOfId: number | null
): Promise<Result<string, SettleError>> {
	const { recipientId, providerId } = sides(post);
	if (recipientId === null || providerId === null) return err('not_accepted');
	const from = await residentHourAccount(deps, recipientId, post.communityId);
	const to = await residentHourAccount(deps, providerId, post.communityId);
	const moved = await deps.posting.transfer({
		idempotencyKey: `aid-post:${post.id}/hours`,
		kind: 'mutual_aid',
		reference: `aid-post:${post.id}`,
		actorId,
		onBehalfOfId,
		debitAccountId: from,
		creditAccountId: to,
		asset: 'HOUR',
		amount: minutes
	});
	if (!moved.ok) return err(moved.error === 'exceeds_floor' ? 'beyond_credit_limit' : moved.error);
	return ok(moved.value.id);
}

/** The other side confirms the recorded hours (two taps). */
export async function confirmAid(
	deps: TimebankDeps,
	acting: Acting,
	postId: number
): Promise<Result<true, SettleError>> {
	const result = await deps.db.transaction(async (tx): Promise<Result<AidPost, SettleError>> => {
		const post = await lockPost(tx, postId);
		if (!post) return err('not_found');
		const allowed = checkAnswer(post, acting.subject.id);
		if (!allowed.ok) return allowed;
		const minutes = post.recordedMinutes ?? 0;
		const moved = await moveHours(deps, post, minutes, acting.actor.id, acting.onBehalfOfId);
		if (!moved.ok) return moved;
		await tx
			.update(aidPosts)
			.set({ status: 'confirmed', transferId: moved.value })
			.where(eq(aidPosts.id, postId));
		await event(tx, postId, 'confirmed', acting, { minutes });
		await recordProxyAction(tx, acting, 'aid.confirm', `aid-post:${postId}`);
		return ok(post);
	});
	if (!result.ok) return result;
	const { providerId } = sides(result.value);
	if (providerId !== null) {
		await notify(deps.db, {
			userId: providerId,
			type: 'aid_confirmed',
			params: { title: result.value.title, minutes: result.value.recordedMinutes ?? 0 },
			link: `/mutual-aid/${postId}`
		});
	}
	return ok(true);
}

export async function disputeAid(
	deps: TimebankDeps,
	acting: Acting,
	postId: number,
	reason: string
): Promise<Result<true, SettleError>> {
	if (reason.trim() === '') return err('reason_required');
	return deps.db.transaction(async (tx) => {
		const post = await lockPost(tx, postId);
		if (!post) return err('not_found');
		const allowed = checkAnswer(post, acting.subject.id);
		if (!allowed.ok) return allowed;
		await tx.update(aidPosts).set({ status: 'disputed' }).where(eq(aidPosts.id, postId));
		await event(tx, postId, 'disputed', acting, { note: reason.trim() });
		await recordProxyAction(tx, acting, 'aid.dispute', `aid-post:${postId}`);
		return ok(true as const);
	});
}

/** The committee decides a dispute: the minutes to credit (0 for none) and why. */
export async function resolveDispute(
	deps: TimebankDeps,
	user: AccessSubject,
	input: { postId: number; minutes: number; reason: string }
): Promise<Result<true, SettleError>> {
	if (input.reason.trim() === '') return err('reason_required');
	if (!Number.isSafeInteger(input.minutes) || input.minutes < 0) return err('minutes_invalid');
	const [place] = await deps.db
		.select({ path: nodes.path })
		.from(aidPosts)
		.innerJoin(nodes, eq(nodes.id, aidPosts.communityId))
		.where(eq(aidPosts.id, input.postId));
	if (!place) return err('not_found');
	if (!can(user, 'mutualaid.resolve', place.path)) return err('forbidden');
	return deps.db.transaction(async (tx) => {
		const post = await lockPost(tx, input.postId);
		if (!post) return err('not_found');
		if (post.status !== 'disputed') return err('not_disputed');
		let transferId: string | null = null;
		if (input.minutes > 0) {
			const moved = await moveHours(deps, post, input.minutes, user.id, null);
			if (!moved.ok) return moved;
			transferId = moved.value;
		}
		await tx
			.update(aidPosts)
			.set({ status: 'resolved', transferId, recordedMinutes: input.minutes })
			.where(eq(aidPosts.id, input.postId));
		await event(
			tx,
			input.postId,
			'resolved',
			{ actorId: user.id },
			{
				minutes: input.minutes,
				note: input.reason.trim()
			}
		);
		return ok(true as const);
	});
}

/** Accepts, as the platform, every exchange recorded seven days ago and not answered since. */
export async function autoAcceptDue(deps: TimebankDeps): Promise<number> {
	const cutoff = new Date(deps.now().getTime() - AUTO_ACCEPT_DAYS * 86_400_000);
	const due = await deps.db
		.select({ id: aidPosts.id })
		.from(aidPosts)
		.where(and(eq(aidPosts.status, 'recorded'), lte(aidPosts.recordedAt, cutoff)));
	let accepted = 0;
	for (const { id } of due) {
		const done = await deps.db.transaction(async (tx) => {
			const post = await lockPost(tx, id);
			if (!post || post.status !== 'recorded') return false;
			const moved = await moveHours(deps, post, post.recordedMinutes ?? 0, 0, null);
			if (!moved.ok) return false;
			await tx
				.update(aidPosts)
				.set({ status: 'confirmed', transferId: moved.value })
				.where(eq(aidPosts.id, id));
			await event(tx, id, 'auto_confirmed', null, { minutes: post.recordedMinutes ?? 0 });
			return true;
		});
		if (done) accepted++;
	}
	return accepted;
}

/** A short rating and thanks for the other person, after the exchange. */
export async function rateAid(
	deps: TimebankDeps,
	acting: Acting,
	input: { postId: number; stars: number; thanks: string }
): Promise<Result<true, SettleError>> {
	if (!Number.isInteger(input.stars) || input.stars < 1 || input.stars > 5) {
		return err('stars_invalid');
	}
	const [post] = await deps.db.select().from(aidPosts).where(eq(aidPosts.id, input.postId));
	if (!post) return err('not_found');
	const me = acting.subject.id;
	if (me !== post.authorId && me !== post.partnerId) return err('not_a_party');
	if (post.status !== 'confirmed' && post.status !== 'resolved') return err('not_recorded');
	const rateeId = me === post.authorId ? post.partnerId : post.authorId;
	if (rateeId === null) return err('not_a_party');
	try {
		await deps.db.insert(aidRatings).values({ ...input, raterId: me, rateeId });
	} catch (error) {
		if (isUniqueViolation(error)) return err('already_rated');
		throw error;
	}
	return ok(true);
}

/** People with repeated low ratings in a community, for the committee. */
export async function flaggedPeople(deps: TimebankDeps, communityId: number) {
	const rows = await deps.db
		.select({ userId: aidRatings.rateeId, stars: sql<number[]>`array_agg(${aidRatings.stars})` })
		.from(aidRatings)
		.innerJoin(aidPosts, eq(aidPosts.id, aidRatings.postId))
		.where(eq(aidPosts.communityId, communityId))
		.groupBy(aidRatings.rateeId);
	return rows.filter((r) => isFlagged(r.stars)).map((r) => r.userId);
}
