import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms/parse';
import { record } from '$lib/server/audit';
import { database } from '$lib/server/context';
import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import {
	closeVote,
	committeeConsole,
	committeeOf,
	councilDeps,
	councilErrorKey,
	findVote,
	hideComment,
	MAX_PROPOSAL_IMAGES,
	mergeProposal,
	openVote,
	recordImplementation,
	reviewProposal,
	saveSettings,
	type CouncilError
} from '$lib/server/council';
import {
	commentActionSchema,
	implementationSchema,
	mergeSchema,
	openVoteSchema,
	reviewSchema,
	settingsSchema
} from '$lib/server/council/forms';
import { imageErrorKey, parseImageUploads } from '$lib/server/images';
import { spawnVolunteerActivity } from '$lib/server/council/spawn-activity';
import { timebank } from '$lib/server/timebank/deps';
import type { Actions, PageServerLoad } from './$types';

function staff(locals: App.Locals, url: URL) {
	requireUser(locals, url);
	return requirePermissionSomewhere(locals, 'council.manage').user;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = staff(locals, url);
	const c = await committeeConsole(councilDeps().sql, user);
	const iso = (d: Date | null) => d?.toISOString() ?? null;
	// Where a proposal may be merged: the community's other proposals under review or discussion.
	const mergeTargets = (p: { id: number; communityId: number }) =>
		[...c.review, ...c.discussion]
			.filter((o) => o.communityId === p.communityId && o.id !== p.id)
			.map((o) => ({ id: o.id, title: o.title, state: o.state }));
	return {
		...c,
		review: c.review.map((p) => ({
			id: p.id,
			title: p.title,
			authorName: p.authorName,
			problem: p.problem,
			createdAt: iso(p.createdAt),
			mergeTargets: mergeTargets(p)
		})),
		discussion: c.discussion.map((p) => ({
			id: p.id,
			title: p.title,
			supportCount: p.supportCount,
			estimatedCost: p.estimatedCost,
			communityId: p.communityId,
			mergeTargets: mergeTargets(p)
		})),
		delivering: c.delivering.map((p) => ({
			id: p.id,
			title: p.title,
			state: p.state,
			owner: p.implementationOwner,
			milestones: p.milestones.map((m) => ({ id: m.id, title: m.title, done: m.doneAt !== null })),
			ratings: p.ratings
		})),
		votes: c.votes.map((v) => ({
			id: v.id,
			title: v.title,
			state: v.state,
			due: v.state === 'open' && v.closesAt.getTime() <= Date.now()
		}))
	};
};

const refused = (code: CouncilError) =>
	fail(code === 'not_found' ? 404 : 409, { message: councilErrorKey(code) });
const done = (message: 'council.console.done') => ({ message });

export const actions: Actions = {
	accept: async ({ locals, url, request }) => {
		const user = staff(locals, url);
		const parsed = parseForm(reviewSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const r = await reviewProposal(councilDeps(), user, parsed.data.proposalId, {
			decision: 'accept'
		});
		return r.ok ? done('council.console.done') : refused(r.error);
	},
	reject: async ({ locals, url, request }) => {
		const user = staff(locals, url);
		const parsed = parseForm(reviewSchema, await request.formData());
		if (!parsed.ok || !parsed.data.reason) {
			return fail(400, { message: 'council.console.reasonRequired' as const });
		}
		const r = await reviewProposal(councilDeps(), user, parsed.data.proposalId, {
			decision: 'reject',
			reason: parsed.data.reason
		});
		return r.ok ? done('council.console.done') : refused(r.error);
	},
	merge: async ({ locals, url, request }) => {
		const user = staff(locals, url);
		const parsed = parseForm(mergeSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const r = await mergeProposal(councilDeps(), user, parsed.data.proposalId, parsed.data.intoId);
		return r.ok ? done('council.console.done') : refused(r.error);
	},
	hide: async ({ locals, url, request }) => {
		const user = staff(locals, url);
		const parsed = parseForm(commentActionSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const r = await hideComment(councilDeps(), user, parsed.data.commentId, parsed.data.reason);
		return r.ok ? done('council.console.done') : refused(r.error);
	},
	openVote: async ({ locals, url, request }) => {
		const user = staff(locals, url);
		const form = await request.formData();
		const parsed = parseForm(openVoteSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, message: 'form.invalid' as const });
		const { byDecision, opensAt, budget, ...rest } = parsed.data;
		const proposalIds = form.getAll('proposalIds').map(Number).filter(Number.isSafeInteger);
		const deps = councilDeps();
		const r = await openVote(deps, user, {
			...rest,
			proposalIds,
			budget: budget ?? null,
			byDecision: byDecision === 'on',
			opensAt: opensAt ?? deps.now()
		});
		return r.ok
			? { message: 'council.console.voteOpened' as const, voteId: r.value.id }
			: refused(r.error);
	},
	closeVote: async ({ locals, url, request }) => {
		const user = staff(locals, url);
		const voteId = Number((await request.formData()).get('voteId'));
		const deps = councilDeps();
		const vote = Number.isSafeInteger(voteId) ? await findVote(deps.sql, voteId) : null;
		if (!vote) return refused('not_found');
		const allowed = await committeeOf(deps.sql, user, vote.communityId);
		if (!allowed.ok) return refused(allowed.error);
		const outcome = await closeVote(deps, voteId);
		return outcome.closed
			? done('council.console.done')
			: fail(409, { message: `council.console.close.${outcome.reason}` as const });
	},
	implement: async ({ locals, url, request }) => {
		const user = staff(locals, url);
		const form = await request.formData();
		const parsed = parseForm(implementationSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, message: 'form.invalid' as const });
		const photos = await parseImageUploads(form, 'photos', MAX_PROPOSAL_IMAGES);
		if (!photos.ok) return fail(400, { message: imageErrorKey(photos.error) });
		const { step, proposalId, ...rest } = parsed.data;
		const r = await recordImplementation(councilDeps(), user, proposalId, {
			kind: step,
			...rest,
			images: photos.value
		} as Parameters<typeof recordImplementation>[3]);
		return r.ok ? done('council.console.done') : refused(r.error);
	},
	spawnActivity: async ({ locals, url, request }) => {
		const user = staff(locals, url);
		const parsed = parseForm(reviewSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const r = await spawnVolunteerActivity(councilDeps(), timebank(), user, parsed.data.proposalId);
		if (!r.ok) return fail(409, { message: 'council.console.activityRefused' as const });
		return { message: 'council.console.activityCreated' as const, activityId: r.value.activityId };
	},
	settings: async ({ locals, url, request }) => {
		const user = staff(locals, url);
		const parsed = parseForm(settingsSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, message: 'form.invalid' as const });
		const { communityId, ...values } = parsed.data;
		const deps = councilDeps();
		const allowed = await committeeOf(deps.sql, user, communityId);
		if (!allowed.ok) return refused(allowed.error);
		await saveSettings(deps.sql, communityId, values, user.id);
		await record(database().db, {
			actorId: user.id,
			action: 'council.settings',
			target: { type: 'community', id: communityId },
			after: values
		});
		return done('council.console.done');
	}
};
