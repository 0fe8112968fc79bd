import { and, desc, eq, inArray, or } from 'drizzle-orm';
import { checkAccept, checkRecord, checkRespond, sides, type AidError } from '$lib/domain/timebank';
import { err, ok, type Result } from '$core/shared';
import { aidEvents, aidPosts, aidResponses, type AidPost } from '../../../../../db/schema';
import { notify, type PendingNotification } from '../notifications/notify';
import type { TimebankDeps } from './deps';
import { recordProxyAction, type Acting } from './proxy.service';

type Tx = Parameters<Parameters<TimebankDeps['db']['transaction']>[0]>[0];

export interface AidInput {
	kind: 'request' | 'offer';
	title: string;
	description: string;
	category: string;
	estimatedMinutes: number;
	windowStart: Date | null;
	windowEnd: Date | null;
	place: string;
}

export type PostError = 'not_verified' | 'no_community' | 'window_order';

export async function postAid(
	deps: TimebankDeps,
	acting: Acting,
	input: AidInput
): Promise<Result<AidPost, PostError>> {
	const s = acting.subject;
	if (s.status !== 'verified') return err('not_verified');
	if (s.communityId === null) return err('no_community');
	if (input.windowStart && input.windowEnd && input.windowEnd < input.windowStart) {
		return err('window_order');
	}
	return deps.db.transaction(async (tx) => {
		const [post] = await tx
			.insert(aidPosts)
			.values({ ...input, communityId: s.communityId as number, authorId: s.id })
			.returning();
		if (!post) throw new Error('insert returned no row');
		await event(tx, post.id, 'posted', acting);
		await recordProxyAction(tx, acting, `aid.${input.kind}`, `aid-post:${post.id}`);
		return ok(post);
	});
}

export async function event(
	tx: Tx,
	postId: number,
	type: string,
	acting: Acting | { actorId: number } | null,
	extra: { minutes?: number; note?: string } = {}
): Promise<void> {
	const who =
		acting === null
			? { actorId: 0, onBehalfOfId: null }
			: 'actor' in acting
				? { actorId: acting.actor.id, onBehalfOfId: acting.onBehalfOfId }
				: { actorId: acting.actorId, onBehalfOfId: null };
	await tx.insert(aidEvents).values({ postId, type, ...who, ...extra });
}

/** The post locked for a change, so two answers at once cannot both apply. */
export async function lockPost(tx: Tx, postId: number): Promise<AidPost | null> {
	const [post] = await tx.select().from(aidPosts).where(eq(aidPosts.id, postId)).for('update');
	return post ?? null;
}

export type AidStepError = AidError | 'not_found' | 'not_verified' | 'other_community';

export async function respond(
	deps: TimebankDeps,
	acting: Acting,
	postId: number,
	message: string
): Promise<Result<true, AidStepError>> {
	const s = acting.subject;
	if (s.status !== 'verified') return err('not_verified');
	const result = await deps.db.transaction(
		async (tx): Promise<Result<PendingNotification, AidStepError>> => {
			const post = await lockPost(tx, postId);
			if (!post) return err('not_found');
			if (post.communityId !== s.communityId) return err('other_community');
			const allowed = checkRespond(post, s.id);
			if (!allowed.ok) return allowed;
			await tx.insert(aidResponses).values({ postId, userId: s.id, message }).onConflictDoNothing();
			await event(tx, postId, 'responded', acting, { note: message });
			await recordProxyAction(tx, acting, 'aid.respond', `aid-post:${postId}`);
			const note = await notify(tx, {
				userId: post.authorId,
				type: 'aid_response',
				params: { title: post.title },
				link: `/mutual-aid/${postId}`
			});
			return ok(note);
		}
	);
	if (!result.ok) return result;
	await result.value.publish();
	return ok(true);
}

/** The author picks one of the people who responded. */
export async function acceptHelper(
	deps: TimebankDeps,
	acting: Acting,
	postId: number,
	helperId: number
): Promise<Result<true, AidStepError>> {
	return deps.db.transaction(async (tx) => {
		const post = await lockPost(tx, postId);
		if (!post) return err('not_found');
		const [response] = await tx
			.select()
			.from(aidResponses)
			.where(and(eq(aidResponses.postId, postId), eq(aidResponses.userId, helperId)));
		const allowed = checkAccept(post, acting.subject.id, helperId, !!response);
		if (!allowed.ok) return allowed;
		await tx
			.update(aidPosts)
			.set({ partnerId: helperId, status: 'accepted' })
			.where(eq(aidPosts.id, postId));
		await event(tx, postId, 'accepted', acting, { note: String(helperId) });
		await recordProxyAction(tx, acting, 'aid.accept', `aid-post:${postId}`);
		return ok(true as const);
	});
}

/** Either side records the actual time; the other is asked to confirm. */
export async function recordHours(
	deps: TimebankDeps,
	acting: Acting,
	postId: number,
	minutes: number
): Promise<Result<true, AidStepError>> {
	const result = await deps.db.transaction(
		async (tx): Promise<Result<{ other: number | null; title: string }, AidStepError>> => {
			const post = await lockPost(tx, postId);
			if (!post) return err('not_found');
			const allowed = checkRecord(post, acting.subject.id, minutes);
			if (!allowed.ok) return allowed;
			await tx
				.update(aidPosts)
				.set({
					status: 'recorded',
					recordedMinutes: minutes,
					recordedBy: acting.subject.id,
					recordedAt: deps.now()
				})
				.where(eq(aidPosts.id, postId));
			await event(tx, postId, 'recorded', acting, { minutes });
			await recordProxyAction(tx, acting, 'aid.record', `aid-post:${postId}`);
			const other = post.authorId === acting.subject.id ? post.partnerId : post.authorId;
			return ok({ other, title: post.title });
		}
	);
	if (!result.ok) return result;
	if (result.value.other !== null) {
		await notify(deps.db, {
			userId: result.value.other,
			type: 'aid_recorded',
			params: { title: result.value.title, minutes },
			link: `/mutual-aid/${postId}`
		});
	}
	return ok(true);
}

/** Posts the author wrote or took part in, and open ones of the community. */
export async function listAid(deps: TimebankDeps, userId: number, communityId: number | null) {
	const mine = await deps.db
		.select()
		.from(aidPosts)
		.where(or(eq(aidPosts.authorId, userId), eq(aidPosts.partnerId, userId)))
		.orderBy(desc(aidPosts.createdAt));
	const open =
		communityId === null
			? []
			: await deps.db
					.select()
					.from(aidPosts)
					.where(and(eq(aidPosts.communityId, communityId), eq(aidPosts.status, 'open')))
					.orderBy(desc(aidPosts.createdAt))
					.limit(100);
	return { mine, open: open.filter((p) => p.authorId !== userId) };
}

export async function getAid(deps: TimebankDeps, postId: number) {
	const [post] = await deps.db.select().from(aidPosts).where(eq(aidPosts.id, postId));
	if (!post) return null;
	const responses = await deps.db
		.select()
		.from(aidResponses)
		.where(eq(aidResponses.postId, postId));
	const events = await deps.db
		.select()
		.from(aidEvents)
		.where(eq(aidEvents.postId, postId))
		.orderBy(aidEvents.id);
	return { post, responses, events, ...sides(post) };
}

export async function postsByIds(deps: TimebankDeps, ids: number[]) {
	return ids.length ? deps.db.select().from(aidPosts).where(inArray(aidPosts.id, ids)) : [];
}
