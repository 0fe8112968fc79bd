import type { TallyResult, VoteMethod, VoteRules } from '$lib/domain/council';
import { fromJson, toDate, toDateOrNull, type Queryable } from './deps';

export interface VoteRow {
	id: number;
	communityId: number;
	title: string;
	method: VoteMethod;
	budget: number | null;
	seats: number;
	quorumPercent: number;
	opensAt: Date;
	closesAt: Date;
	state: 'open' | 'closed';
	closedAt: Date | null;
	result: TallyResult | null;
	ballotListSha256: string | null;
	options: { proposalId: number; cost: number; title: string }[];
}

export async function findVote(
	q: Queryable,
	id: number,
	lock: 'update' | 'share' | null = null
): Promise<VoteRow | null> {
	if (lock === 'update') await q`select 1 from council_votes where id = ${id} for update`;
	if (lock === 'share') await q`select 1 from council_votes where id = ${id} for share`;
	const [r] = await q`
		select id, community_id as "communityId", title, method, budget, seats, quorum_percent as "quorumPercent",
			opens_at as "opensAt", closes_at as "closesAt", state, closed_at as "closedAt",
			result::text as result, ballot_list_sha256 as "ballotListSha256"
		from council_votes where id = ${id}`;
	if (!r) return null;
	const options = await q<VoteRow['options']>`
		select o.proposal_id as "proposalId", o.cost, p.title from council_vote_options o
		join council_proposals p on p.id = o.proposal_id where o.vote_id = ${id} order by o.proposal_id`;
	return {
		...(r as unknown as VoteRow),
		opensAt: toDate(r.opensAt),
		closesAt: toDate(r.closesAt),
		closedAt: toDateOrNull(r.closedAt),
		result: r.result === null ? null : (fromJson(r.result) as TallyResult),
		options: [...options]
	};
}

export function rulesOf(vote: VoteRow): VoteRules {
	return {
		method: vote.method,
		options: vote.options.map(({ proposalId, cost }) => ({ proposalId, cost })),
		budget: vote.budget,
		seats: vote.seats
	};
}

export async function listVotes(q: Queryable, communityIds: number[] | null): Promise<VoteRow[]> {
	const rows = await q<{ id: number }[]>`
		select id from council_votes
		where (${communityIds}::int[] is null or community_id = any(${communityIds}::int[]))
		order by id desc limit 100`;
	const votes = await Promise.all(rows.map((r) => findVote(q, r.id)));
	return votes.filter((v): v is VoteRow => v !== null);
}

export async function turnout(q: Queryable, voteId: number): Promise<number> {
	const [r] = await q<
		{ n: number }[]
	>`select count(*)::int as n from council_vote_participation where vote_id = ${voteId}`;
	return r?.n ?? 0;
}

/** The roll: residents of the community verified at or before the opening (and still verified). */
export async function eligibleCount(
	q: Queryable,
	vote: { communityId: number; opensAt: Date }
): Promise<number> {
	const [r] = await q<{ n: number }[]>`
		select count(*)::int as n from users where community_id = ${vote.communityId}
			and status = 'verified' and status_changed_at <= ${vote.opensAt.toISOString()}::timestamptz`;
	return r?.n ?? 0;
}

export async function hasVoted(q: Queryable, voteId: number, userId: number): Promise<boolean> {
	const [r] =
		await q`select 1 from council_vote_participation where vote_id = ${voteId} and user_id = ${userId}`;
	return r !== undefined;
}

/** The votes a person took part in (not how they voted: that is nowhere linked to them). */
export async function votesTakenPart(q: Queryable, userId: number) {
	return q<{ id: number; title: string; state: string }[]>`
		select v.id, v.title, v.state from council_vote_participation p join council_votes v on v.id = p.vote_id
		where p.user_id = ${userId} order by v.id desc`;
}
