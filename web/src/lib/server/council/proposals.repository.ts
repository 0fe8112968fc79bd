import type { ProposalState } from '$lib/domain/council';
import { toDate, toDateOrNull, type Queryable } from './deps';

export interface ProposalRow {
	id: number;
	communityId: number;
	communityName: string;
	authorId: number;
	authorName: string;
	title: string;
	problem: string;
	solution: string;
	estimatedCost: number;
	location: string;
	imageUrls: string[];
	state: ProposalState;
	rejectReason: string | null;
	mergedIntoId: number | null;
	implementationOwner: string | null;
	supportCount: number;
	createdAt: Date;
	submittedAt: Date | null;
}

const COLUMNS = `p.id, p.community_id as "communityId", n.name as "communityName", p.author_id as "authorId",
	u.display_name as "authorName", p.title, p.problem, p.solution, p.estimated_cost as "estimatedCost",
	p.location, p.image_urls as "imageUrls", p.state, p.reject_reason as "rejectReason",
	p.merged_into_id as "mergedIntoId", p.implementation_owner as "implementationOwner",
	(select count(*)::int from council_supports s where s.proposal_id = p.id) as "supportCount",
	p.created_at as "createdAt", p.submitted_at as "submittedAt"`;

function toProposal(r: Record<string, unknown>): ProposalRow {
	return {
		...(r as unknown as ProposalRow),
		createdAt: toDate(r.createdAt),
		submittedAt: toDateOrNull(r.submittedAt)
	};
}

export async function findProposal(
	q: Queryable,
	id: number,
	lock = false
): Promise<ProposalRow | null> {
	if (lock) await q`select 1 from council_proposals where id = ${id} for update`;
	const [r] = await q`
		select ${q.unsafe(COLUMNS)} from council_proposals p
		join nodes n on n.id = p.community_id join users u on u.id = p.author_id
		where p.id = ${id}`;
	return r ? toProposal(r) : null;
}

export interface ProposalFilter {
	communityId?: number | null;
	states?: readonly ProposalState[];
	search?: string;
	authorId?: number;
	/** Drafts are private: only listed for their author. */
	includeDrafts?: boolean;
	limit?: number;
}

export async function listProposals(q: Queryable, f: ProposalFilter): Promise<ProposalRow[]> {
	const states = f.states && f.states.length > 0 ? [...f.states] : null;
	const like = f.search ? `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
	const rows = await q`
		select ${q.unsafe(COLUMNS)} from council_proposals p
		join nodes n on n.id = p.community_id join users u on u.id = p.author_id
		where (${f.communityId ?? null}::int is null or p.community_id = ${f.communityId ?? null})
			and (${states}::text[] is null or p.state = any(${states}::text[]))
			and (${like}::text is null or p.title ilike ${like} or p.problem ilike ${like})
			and (${f.authorId ?? null}::int is null or p.author_id = ${f.authorId ?? null})
			and (${f.includeDrafts ?? false} or p.state <> 'draft')
		order by p.id desc limit ${f.limit ?? 100}`;
	return rows.map(toProposal);
}

export interface EventInput {
	proposalId: number;
	kind: 'state' | 'amendment' | 'progress' | 'milestone';
	fromState?: string | null;
	toState?: string | null;
	actorId: number | null;
	body?: string | null;
	imageUrls?: string[];
}

/** Appends a timeline entry; returns its id (progress photos link to it). */
export async function insertEvent(q: Queryable, e: EventInput): Promise<number> {
	const [row] = await q<{ id: number }[]>`
		insert into council_proposal_events (proposal_id, kind, from_state, to_state, actor_id, body, image_urls)
		values (${e.proposalId}, ${e.kind}, ${e.fromState ?? null}, ${e.toState ?? null}, ${e.actorId},
			${e.body ?? null}, ${e.imageUrls ?? []}::text[])
		returning id`;
	if (!row) throw new Error('insert returned no row');
	return row.id;
}

/** Moves a proposal to `to` and writes the timeline entry, in the caller's transaction. */
export async function setState(
	q: Queryable,
	p: { id: number; state: string },
	to: ProposalState,
	actorId: number | null,
	body: string | null = null
): Promise<void> {
	await q`update council_proposals set state = ${to}, updated_at = now() where id = ${p.id}`;
	await insertEvent(q, {
		proposalId: p.id,
		kind: 'state',
		fromState: p.state,
		toState: to,
		actorId,
		body
	});
}

export interface TimelineEntry {
	id: number;
	kind: string;
	fromState: string | null;
	toState: string | null;
	actorName: string | null;
	body: string | null;
	imageUrls: string[];
	createdAt: Date;
}

export async function timeline(q: Queryable, proposalId: number): Promise<TimelineEntry[]> {
	const rows = await q`
		select e.id, e.kind, e.from_state as "fromState", e.to_state as "toState",
			u.display_name as "actorName", e.body, e.image_urls as "imageUrls", e.created_at as "createdAt"
		from council_proposal_events e left join users u on u.id = e.actor_id
		where e.proposal_id = ${proposalId} order by e.id`;
	return rows.map((r) => ({ ...(r as unknown as TimelineEntry), createdAt: toDate(r.createdAt) }));
}

/** What the proposal page needs to know about the reader: supported, rated, and the vote it is in. */
export async function viewerFacts(
	q: Queryable,
	proposalId: number,
	userId: number
): Promise<{ supported: boolean; rated: boolean; voteId: number | null }> {
	const [r] = await q<{ supported: boolean; rated: boolean; voteId: number | null }[]>`
		select exists(select 1 from council_supports where proposal_id = ${proposalId} and user_id = ${userId}) as supported,
			exists(select 1 from council_ratings where proposal_id = ${proposalId} and user_id = ${userId}) as rated,
			(select vote_id from council_vote_options where proposal_id = ${proposalId}) as "voteId"`;
	return r ?? { supported: false, rated: false, voteId: null };
}
