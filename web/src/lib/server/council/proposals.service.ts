import { canAmend, canEditText, transition, type ProposalAction } from '$lib/domain/council';
import { err, ok, type Result } from '$core/shared';
import type { AccessUser } from '../access/guards';
import { notify, type PendingNotification } from '../notifications/notify';
import { committeeOf, residentOf } from './access';
import { owePoints, postPendingAwards } from './awards';
import type { CouncilDeps } from './deps';
import type { CouncilError } from './errors';
import { findProposal, insertEvent, setState } from './proposals.repository';
import { readSettings } from './settings';

export interface ProposalInput {
	title: string;
	problem: string;
	solution: string;
	estimatedCost: number;
	location: string;
	imageUrls: string[];
}

/**
 * Drafts a proposal in the author's own community; with `submit` it goes straight to review.
 * Errors: 'not_verified', 'wrong_community'.
 */
export async function createProposal(
	deps: CouncilDeps,
	user: AccessUser,
	input: ProposalInput & { submit: boolean }
): Promise<Result<{ id: number }, CouncilError>> {
	if (user.communityId === null) return err('wrong_community');
	const allowed = residentOf(user, user.communityId);
	if (!allowed.ok) return allowed;
	const state = input.submit ? 'submitted' : 'draft';
	return deps.sql.begin(async (tx) => {
		const [row] = await tx<{ id: number }[]>`
			insert into council_proposals (community_id, author_id, title, problem, solution, estimated_cost,
				location, image_urls, state, submitted_at)
			values (${user.communityId}, ${user.id}, ${input.title}, ${input.problem}, ${input.solution},
				${input.estimatedCost}, ${input.location}, ${input.imageUrls}::text[], ${state},
				${input.submit ? deps.now().toISOString() : null}::timestamptz)
			returning id`;
		if (!row) throw new Error('insert returned no row');
		await insertEvent(tx, {
			proposalId: row.id,
			kind: 'state',
			fromState: null,
			toState: state,
			actorId: user.id
		});
		return ok({ id: row.id });
	});
}

/** Changes a draft's text. After submission only amendments are possible. Errors: 'not_found', 'forbidden', 'not_editable'. */
export async function updateDraft(
	deps: CouncilDeps,
	user: AccessUser,
	id: number,
	input: ProposalInput
): Promise<Result<true, CouncilError>> {
	return deps.sql.begin(async (tx) => {
		const p = await findProposal(tx, id, true);
		if (!p) return err('not_found');
		if (p.authorId !== user.id) return err('forbidden');
		if (!canEditText(p.state)) return err('not_editable');
		await tx`update council_proposals set title = ${input.title}, problem = ${input.problem},
			solution = ${input.solution}, estimated_cost = ${input.estimatedCost}, location = ${input.location},
			image_urls = ${input.imageUrls}::text[], updated_at = now() where id = ${id}`;
		return ok(true);
	});
}

/** The author sends a draft for review. Errors: 'not_found', 'forbidden', 'not_verified', 'invalid_transition'. */
export async function submitProposal(deps: CouncilDeps, user: AccessUser, id: number) {
	return deps.sql.begin(async (tx): Promise<Result<true, CouncilError>> => {
		const p = await findProposal(tx, id, true);
		if (!p) return err('not_found');
		if (p.authorId !== user.id) return err('forbidden');
		const allowed = residentOf(user, p.communityId);
		if (!allowed.ok) return allowed;
		const next = transition(p.state, 'submit');
		if (!next.ok) return next;
		await tx`update council_proposals set submitted_at = now() where id = ${id}`;
		await setState(tx, p, next.value, user.id);
		return ok(true);
	});
}

/** A visible amendment by the author after submission. Errors: 'not_found', 'forbidden', 'not_editable'. */
export async function amendProposal(deps: CouncilDeps, user: AccessUser, id: number, text: string) {
	return deps.sql.begin(async (tx): Promise<Result<true, CouncilError>> => {
		const p = await findProposal(tx, id, true);
		if (!p) return err('not_found');
		if (p.authorId !== user.id) return err('forbidden');
		if (!canAmend(p.state)) return err('not_editable');
		await insertEvent(tx, { proposalId: id, kind: 'amendment', actorId: user.id, body: text });
		return ok(true);
	});
}

export type ReviewDecision = { decision: 'accept' } | { decision: 'reject'; reason: string };

/**
 * The committee accepts a submitted proposal for discussion (the author earns points) or rejects
 * it with a reason the author sees. Errors: 'not_found', 'forbidden', 'invalid_transition'.
 */
export async function reviewProposal(
	deps: CouncilDeps,
	user: AccessUser,
	id: number,
	review: ReviewDecision
): Promise<Result<true, CouncilError>> {
	const pending: PendingNotification[] = [];
	const result = await deps.sql.begin(async (tx): Promise<Result<true, CouncilError>> => {
		const p = await findProposal(tx, id, true);
		if (!p) return err('not_found');
		const allowed = await committeeOf(tx, user, p.communityId);
		if (!allowed.ok) return allowed;
		const action: ProposalAction = review.decision;
		const next = transition(p.state, action);
		if (!next.ok) return next;
		const reason = review.decision === 'reject' ? review.reason : null;
		if (reason) await tx`update council_proposals set reject_reason = ${reason} where id = ${id}`;
		await setState(tx, p, next.value, user.id, reason);
		if (review.decision === 'accept') {
			const settings = await readSettings(tx, p.communityId);
			await owePoints(tx, {
				idempotencyKey: `council:proposal:${id}:accepted`,
				communityId: p.communityId,
				userId: p.authorId,
				amount: settings.pointsAccepted,
				kind: 'council.accepted',
				reference: `council-proposal:${id}`,
				at: deps.now()
			});
		}
		const type = review.decision === 'accept' ? 'council.accepted' : 'council.rejected';
		pending.push(
			await notify(
				tx,
				{ userId: p.authorId, type, params: { title: p.title }, link: `/council/${id}` },
				deps.realtime
			)
		);
		return ok(true);
	});
	if (result.ok) {
		await Promise.all(pending.map((n) => n.publish()));
		await postPendingAwards(deps.sql, deps.posting, { keys: [`council:proposal:${id}:accepted`] });
	}
	return result;
}

/**
 * Merges a duplicate into another proposal of the same community; its supporters carry over.
 * Errors: 'not_found', 'forbidden', 'invalid_merge', 'invalid_transition'.
 */
export async function mergeProposal(
	deps: CouncilDeps,
	user: AccessUser,
	id: number,
	intoId: number
) {
	return deps.sql.begin(async (tx): Promise<Result<true, CouncilError>> => {
		const p = await findProposal(tx, id, true);
		const into = await findProposal(tx, intoId, true);
		if (!p || !into) return err('not_found');
		const allowed = await committeeOf(tx, user, p.communityId);
		if (!allowed.ok) return allowed;
		const targetOk =
			into.id !== p.id &&
			into.communityId === p.communityId &&
			['submitted', 'discussion'].includes(into.state);
		if (!targetOk) return err('invalid_merge');
		const next = transition(p.state, 'merge');
		if (!next.ok) return next;
		await tx`update council_proposals set merged_into_id = ${intoId} where id = ${id}`;
		await tx`insert into council_supports (proposal_id, user_id)
			select ${intoId}, user_id from council_supports where proposal_id = ${id}
			on conflict do nothing`;
		await setState(tx, p, next.value, user.id, `#${intoId}`);
		return ok(true);
	});
}
