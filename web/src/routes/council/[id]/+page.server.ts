import { error, fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms/parse';
import { requireUser } from '$lib/server/access/guards';
import {
	addComment,
	amendProposal,
	councilDeps,
	councilErrorKey,
	findProposal,
	listComments,
	listMilestones,
	proposalImages,
	rateProposal,
	ratingSummary,
	readSettings,
	reportComment,
	submitProposal,
	supportProposal,
	timeline,
	viewerFacts,
	type CouncilError
} from '$lib/server/council';
import {
	amendSchema,
	commentActionSchema,
	commentSchema,
	rateSchema
} from '$lib/server/council/forms';
import type { Actions, PageServerLoad } from './$types';

function proposalId(params: { id: string }): number {
	const id = Number(params.id);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, { message: 'Not found', code: 'not_found' });
	return id;
}

/** Public page of one proposal: its text, timeline, discussion, progress and ratings. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const { sql } = councilDeps();
	const id = proposalId(params);
	const p = await findProposal(sql, id);
	if (!p || (p.state === 'draft' && p.authorId !== locals.user?.id)) {
		error(404, { message: 'Not found', code: 'not_found' });
	}
	const userId = locals.user?.id ?? 0;
	const [events, comments, milestones, ratings, facts, images, settings] = await Promise.all([
		timeline(sql, id),
		listComments(sql, id),
		listMilestones(sql, id),
		ratingSummary(sql, id, false),
		viewerFacts(sql, id, userId),
		proposalImages(sql, id),
		readSettings(sql, p.communityId)
	]);
	return {
		proposal: {
			...p,
			createdAt: p.createdAt.toISOString(),
			submittedAt: p.submittedAt?.toISOString() ?? null
		},
		isAuthor: p.authorId === userId,
		supportThreshold: settings.supportThreshold,
		canTakePart: locals.user?.status === 'verified' && locals.user.communityId === p.communityId,
		...facts,
		photoIds: images.filter((i) => i.eventId === null).map((i) => i.id),
		events: events.map((e) => ({
			...e,
			createdAt: e.createdAt.toISOString(),
			photoIds: images.filter((i) => i.eventId === e.id).map((i) => i.id)
		})),
		comments: comments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString(), hiddenAt: null })),
		milestones: milestones.map((m) => ({ ...m, doneAt: m.doneAt?.toISOString() ?? null })),
		ratings
	};
};

const refused = (code: CouncilError) =>
	fail(code === 'not_found' ? 404 : 409, { message: councilErrorKey(code) });

export const actions: Actions = {
	support: async ({ locals, url, params }) => {
		const user = requireUser(locals, url);
		const result = await supportProposal(councilDeps(), user, proposalId(params));
		return result.ok ? { message: 'council.supported' as const } : refused(result.error);
	},
	submit: async ({ locals, url, params }) => {
		const user = requireUser(locals, url);
		const result = await submitProposal(councilDeps(), user, proposalId(params));
		return result.ok ? { message: 'council.submitted' as const } : refused(result.error);
	},
	comment: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(commentSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { body, parentId } = parsed.data;
		const result = await addComment(councilDeps(), user, proposalId(params), {
			body,
			parentId: parentId ?? null
		});
		return result.ok ? { message: 'council.commented' as const } : refused(result.error);
	},
	report: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(commentActionSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await reportComment(
			councilDeps(),
			user,
			parsed.data.commentId,
			parsed.data.reason
		);
		return result.ok ? { message: 'council.reported' as const } : refused(result.error);
	},
	amend: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(amendSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await amendProposal(councilDeps(), user, proposalId(params), parsed.data.text);
		return result.ok ? { message: 'council.amended' as const } : refused(result.error);
	},
	rate: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(rateSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await rateProposal(councilDeps(), user, proposalId(params), parsed.data);
		return result.ok ? { message: 'council.rated' as const } : refused(result.error);
	}
};
