import { checkNewWindow, checkVoteRules, voteReady, type VoteMethod } from '$lib/domain/council';
import { err, ok, type Result } from '$core/shared';
import { notify, type PendingNotification } from '../notifications/notify';
import type { AccessUser } from '../access/guards';
import { committeeOf } from './access';
import type { CouncilDeps } from './deps';
import type { CouncilError } from './errors';
import { scheduleVoteClose, scheduleVoteOpened } from './jobs';
import { findProposal, setState } from './proposals.repository';
import { readSettings } from './settings';

export interface OpenVoteInput {
	communityId: number;
	title: string;
	method: VoteMethod;
	proposalIds: number[];
	budget: number | null;
	seats: number;
	quorumPercent: number;
	opensAt: Date;
	closesAt: Date;
	/** The committee opens the vote by decision, whatever the support count. */
	byDecision: boolean;
}

/**
 * Puts proposals under discussion to a vote in their community. Each proposal's cost is its
 * estimated cost. Errors: 'forbidden', 'not_found', 'invalid_transition' (a proposal not under
 * discussion or of another community), 'support_below_threshold', 'invalid_vote', 'invalid_window'.
 */
export async function openVote(
	deps: CouncilDeps,
	user: AccessUser,
	input: OpenVoteInput
): Promise<Result<{ id: number }, CouncilError>> {
	const window = checkNewWindow(input.opensAt, input.closesAt, deps.now());
	if (!window.ok) return window;
	const quorumOk =
		Number.isInteger(input.quorumPercent) && input.quorumPercent >= 0 && input.quorumPercent <= 100;
	if (!quorumOk) return err('invalid_vote');
	const pending: PendingNotification[] = [];
	const result = await deps.sql.begin(async (tx): Promise<Result<{ id: number }, CouncilError>> => {
		const allowed = await committeeOf(tx, user, input.communityId);
		if (!allowed.ok) return allowed;
		const settings = await readSettings(tx, input.communityId);
		const proposals = [];
		for (const id of [...new Set(input.proposalIds)].sort((a, b) => a - b)) {
			const p = await findProposal(tx, id, true);
			if (!p) return err('not_found');
			if (p.communityId !== input.communityId) return err('invalid_transition');
			const ready = voteReady({
				state: p.state,
				supportCount: p.supportCount,
				supportThreshold: settings.supportThreshold,
				byDecision: input.byDecision
			});
			if (!ready.ok) return ready;
			proposals.push(p);
		}
		const rules = checkVoteRules({
			method: input.method,
			options: proposals.map((p) => ({ proposalId: p.id, cost: p.estimatedCost })),
			budget: input.method === 'budget' ? input.budget : null,
			seats: input.method === 'approval' ? input.seats : 1
		});
		if (!rules.ok) return rules;
		const [vote] = await tx<{ id: number }[]>`
			insert into council_votes (community_id, title, method, budget, seats, quorum_percent, opens_at, closes_at, created_by)
			values (${input.communityId}, ${input.title}, ${rules.value.method}, ${rules.value.budget}, ${rules.value.seats},
				${input.quorumPercent}, ${input.opensAt.toISOString()}::timestamptz, ${input.closesAt.toISOString()}::timestamptz, ${user.id})
			returning id`;
		if (!vote) throw new Error('insert returned no row');
		for (const p of proposals) {
			await tx`insert into council_vote_options (vote_id, proposal_id, cost) values (${vote.id}, ${p.id}, ${p.estimatedCost})`;
			await setState(tx, p, 'voting', user.id, `vote:${vote.id}`);
			const notice = { userId: p.authorId, type: 'council.voting', params: { title: p.title } };
			pending.push(await notify(tx, { ...notice, link: `/council/${p.id}` }, deps.realtime));
		}
		return ok({ id: vote.id });
	});
	if (result.ok) {
		await Promise.all(pending.map((n) => n.publish()));
		await scheduleVoteOpened(deps.sql, result.value.id, input.opensAt);
		await scheduleVoteClose(deps.sql, result.value.id, input.closesAt);
	}
	return result;
}
