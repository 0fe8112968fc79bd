import { canAmend, transition, type ProposalAction } from '$lib/domain/council';
import { err, ok, type Result } from '$core/shared';
import type { AccessUser } from '../access/guards';
import { notify, type PendingNotification } from '../notifications/notify';
import { committeeOf } from './access';
import { owePoints, postPendingAwards } from './awards';
import type { CouncilDeps } from './deps';
import type { CouncilError } from './errors';
import { findProposal, insertEvent, setState } from './proposals.repository';
import { readSettings } from './settings';

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
 * Merges a duplicate into another proposal of the same community; its supporters carry over and
 * its author is told where the discussion continues.
 * Errors: 'not_found', 'forbidden', 'invalid_merge', 'invalid_transition'.
 */
export async function mergeProposal(
	deps: CouncilDeps,
	user: AccessUser,
	id: number,
	intoId: number
): Promise<Result<true, CouncilError>> {
	const pending: PendingNotification[] = [];
	const result = await deps.sql.begin(async (tx): Promise<Result<true, CouncilError>> => {
		const p = await findProposal(tx, id, true);
		const into = await findProposal(tx, intoId, true);
		if (!p || !into) return err('not_found');
		const allowed = await committeeOf(tx, user, p.communityId);
		if (!allowed.ok) return allowed;
		if (!isMergeTarget(p, into)) return err('invalid_merge');
		const next = transition(p.state, 'merge');
		if (!next.ok) return next;
		await tx`update council_proposals set merged_into_id = ${intoId} where id = ${id}`;
		await tx`insert into council_supports (proposal_id, user_id)
			select ${intoId}, user_id from council_supports where proposal_id = ${id}
			on conflict do nothing`;
		await setState(tx, p, next.value, user.id, `#${intoId}`);
		const params = { title: p.title, into: into.title };
		const notice = {
			userId: p.authorId,
			type: 'council.merged',
			params,
			link: `/council/${intoId}`
		};
		pending.push(await notify(tx, notice, deps.realtime));
		return ok(true);
	});
	if (result.ok) await Promise.all(pending.map((n) => n.publish()));
	return result;
}

/** Where a proposal may be merged: another one of its community, still under review or discussion. */
export function isMergeTarget(
	p: { id: number; communityId: number },
	into: { id: number; communityId: number; state: string }
): boolean {
	return (
		into.id !== p.id &&
		into.communityId === p.communityId &&
		['submitted', 'discussion'].includes(into.state)
	);
}
