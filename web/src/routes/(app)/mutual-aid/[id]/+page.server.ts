import { error, fail } from '@sveltejs/kit';
import { autoAcceptAt } from '$lib/domain/timebank';
import { parseForm } from '$lib/forms/parse';
import { requireUser } from '$lib/server/access/guards';
import { confirmAid, disputeAid, rateAid } from '$lib/server/timebank/aid-settle.service';
import { acceptHelper, getAid, recordHours, respond } from '$lib/server/timebank/aid.service';
import { timebank } from '$lib/server/timebank/deps';
import { actingFrom, errorKey, forParam } from '$lib/server/timebank/edge';
import { namesOf } from '$lib/server/timebank/people';
import {
	acceptSchema,
	actSchema,
	disputeSchema,
	rateSchema,
	recordSchema,
	respondSchema
} from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const acting = await actingFrom(locals, url, forParam(url));
	const deps = timebank();
	const found = await getAid(deps, Number(params.id) || 0);
	if (!found) error(404, { message: 'not_found' });
	const { post, responses, events } = found;
	const names = await namesOf(deps.db, [
		post.authorId,
		...(post.partnerId ? [post.partnerId] : []),
		...responses.map((r) => r.userId),
		...events.flatMap((e) => [e.actorId, ...(e.onBehalfOfId ? [e.onBehalfOfId] : [])])
	]);
	const me = acting.subject.id;
	return {
		post,
		responses: responses.map((r) => ({ ...r, name: names.get(r.userId) ?? '' })),
		events: events.map((e) => ({
			...e,
			actorName: names.get(e.actorId) ?? '',
			forName: e.onBehalfOfId ? (names.get(e.onBehalfOfId) ?? '') : null
		})),
		authorName: names.get(post.authorId) ?? '',
		partnerName: post.partnerId ? (names.get(post.partnerId) ?? '') : null,
		recorderName: post.recordedBy ? (names.get(post.recordedBy) ?? '') : null,
		autoAt: post.recordedAt ? autoAcceptAt(post.recordedAt) : null,
		me,
		isParty: me === post.authorId || me === post.partnerId,
		onBehalfOf: acting.onBehalfOfId,
		subjectName: acting.subject.displayName
	};
};

type Step = 'responded' | 'accepted' | 'recorded' | 'confirmed' | 'disputed' | 'rated';

/** Runs one step for the acting person and answers with its message. */
async function run<T extends { onBehalfOf: number | null }>(
	event: Parameters<Actions[string]>[0],
	schema: Parameters<typeof parseForm>[0],
	step: Step,
	go: (
		acting: Awaited<ReturnType<typeof actingFrom>>,
		data: T,
		postId: number
	) => Promise<{ ok: boolean; error?: string }>
) {
	requireUser(event.locals, event.url);
	const parsed = parseForm(schema, await event.request.formData());
	if (!parsed.ok) return fail(400, { errors: parsed.errors });
	const data = parsed.data as T;
	const acting = await actingFrom(event.locals, event.url, data.onBehalfOf);
	const result = await go(acting, data, Number(event.params.id));
	if (!result.ok) return fail(409, { message: errorKey(result.error ?? '') });
	return { success: `tb.aid.done.${step}` as const };
}

export const actions: Actions = {
	respond: (e) =>
		run<{ message: string; onBehalfOf: number | null }>(e, respondSchema, 'responded', (a, d, id) =>
			respond(timebank(), a, id, d.message)
		),
	accept: (e) =>
		run<{ helperId: number; onBehalfOf: number | null }>(e, acceptSchema, 'accepted', (a, d, id) =>
			acceptHelper(timebank(), a, id, d.helperId)
		),
	record: (e) =>
		run<{ minutes: number; onBehalfOf: number | null }>(e, recordSchema, 'recorded', (a, d, id) =>
			recordHours(timebank(), a, id, d.minutes)
		),
	confirm: (e) =>
		run<{ onBehalfOf: number | null }>(e, actSchema, 'confirmed', (a, _d, id) =>
			confirmAid(timebank(), a, id)
		),
	dispute: (e) =>
		run<{ reason: string; onBehalfOf: number | null }>(e, disputeSchema, 'disputed', (a, d, id) =>
			disputeAid(timebank(), a, id, d.reason)
		),
	rate: (e) =>
		run<{ stars: number; thanks: string; onBehalfOf: number | null }>(
			e,
			rateSchema,
			'rated',
			(a, d, id) => rateAid(timebank(), a, { postId: id, stars: d.stars, thanks: d.thanks })
		)
};
