import type { CouncilTallyBody } from '$core/records';
import type { TallyResult } from './tally';

/** What a closed vote puts on the ledger, besides its result. */
export interface TallyFacts {
	voteId: number;
	communityId: number;
	closedAt: Date;
	ballotListSha256: string;
	result: TallyResult;
}

/**
 * The body of the vote's 'council.tally' ledger record (chain/core/records). Closing builds it
 * from the count it just made; ledger:verify builds it again from the stored result and from a
 * recount of the published ballots, and all three must be the same.
 */
export function tallyBody(f: TallyFacts): CouncilTallyBody {
	const r = f.result;
	return {
		vote_id: f.voteId,
		community_id: f.communityId,
		method: r.method,
		closed_at: f.closedAt.toISOString(),
		eligible: r.eligible,
		turnout: r.turnout,
		quorum_percent: r.quorumPercent,
		quorum_met: r.quorumMet,
		answers: r.answers
			? { yes: r.answers.yes, no: r.answers.no, abstain: r.answers.abstain }
			: null,
		options: [...r.options]
			.sort((a, b) => a.proposalId - b.proposalId)
			.map((o) => ({
				proposal_id: o.proposalId,
				cost: o.cost,
				votes: o.votes,
				selected: o.selected
			})),
		winners: [...r.winners],
		spent: r.spent,
		ballot_list_sha256: f.ballotListSha256
	};
}
