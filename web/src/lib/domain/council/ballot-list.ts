import { canonicalJson, type CanonicalValue } from '$core/journal/canonical';
import { toHex, utf8 } from '$core/journal/bytes';
import { sha256 as defaultSha256, type Sha256 } from '$core/journal/hash';
import type { Choice } from './ballot';
import type { TallyResult } from './tally';

/** One line of the published, anonymised list: nothing about who cast it. */
export interface PublishedBallot {
	receiptHash: string;
	choice: Choice;
}

function choiceValue(choice: Choice): CanonicalValue {
	return 'answer' in choice ? { answer: choice.answer } : { approve: [...choice.approve] };
}

/** The list in its canonical order (by receipt hash, which is random): never cast order. */
export function sortBallots(ballots: readonly PublishedBallot[]): PublishedBallot[] {
	return [...ballots].sort((a, b) =>
		a.receiptHash < b.receiptHash ? -1 : a.receiptHash > b.receiptHash ? 1 : 0
	);
}

/** The exact text that is hashed: canonical JSON of the sorted list. */
export function encodeBallotList(ballots: readonly PublishedBallot[]): string {
	return canonicalJson(
		sortBallots(ballots).map((b) => ({
			receipt_hash: b.receiptHash,
			choice: choiceValue(b.choice)
		}))
	);
}

export function ballotListHash(
	ballots: readonly PublishedBallot[],
	hash: Sha256 = defaultSha256
): string {
	return toHex(hash(utf8(encodeBallotList(ballots))));
}

/** What the tally record commits to. Field names are part of the format: never rename. */
export interface TallyRecordInput {
	voteId: number;
	communityId: number;
	closedAt: Date;
	ballotListSha256: string;
	result: TallyResult;
	/** The previous council record's hash, chaining every closing in order ('' for the first). */
	prevHash: string;
}

/** Canonical payload of a tally record (version 1): the text that is hashed and signed. */
export function encodeTallyRecord(input: TallyRecordInput): string {
	const r = input.result;
	return canonicalJson({
		v: 1,
		kind: 'council.tally',
		vote_id: input.voteId,
		community_id: input.communityId,
		closed_at: input.closedAt.toISOString(),
		method: r.method,
		eligible: r.eligible,
		turnout: r.turnout,
		quorum_percent: r.quorumPercent,
		quorum_met: r.quorumMet,
		answers: r.answers ? { ...r.answers } : null,
		options: r.options.map((o) => ({
			proposal_id: o.proposalId,
			cost: o.cost,
			votes: o.votes,
			selected: o.selected
		})),
		winners: [...r.winners],
		spent: r.spent,
		ballot_list_sha256: input.ballotListSha256,
		prev_hash: input.prevHash
	});
}

export function tallyRecordHash(payload: string, hash: Sha256 = defaultSha256): string {
	return toHex(hash(utf8(payload)));
}
