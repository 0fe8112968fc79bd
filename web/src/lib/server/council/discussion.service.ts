import { canComment, canSupport } from '$lib/domain/council';
import { err, ok, type Result } from '$core/shared';
import type { AccessUser } from '../access/guards';
import { notify } from '../notifications/notify';
import { committeeOf, residentOf } from './access';
import { toDate, toDateOrNull, type CouncilDeps, type Queryable } from './deps';
import type { CouncilError } from './errors';
import { findProposal } from './proposals.repository';

/** A resident supports a proposal under discussion, once. Errors: 'not_found', 'not_verified', 'wrong_community', 'invalid_transition', 'already_supported'. */
export async function supportProposal(
	deps: CouncilDeps,
	user: AccessUser,
	id: number
): Promise<Result<{ supportCount: number }, CouncilError>> {
	const p = await findProposal(deps.sql, id);
	if (!p) return err('not_found');
	const allowed = residentOf(user, p.communityId);
	if (!allowed.ok) return allowed;
	if (!canSupport(p.state)) return err('invalid_transition');
	const inserted = await deps.sql`
		insert into council_supports (proposal_id, user_id) values (${id}, ${user.id})
		on conflict do nothing returning 1`;
	if (inserted.length === 0) return err('already_supported');
	return ok({ supportCount: p.supportCount + 1 });
}

/** Adds a comment or a reply. Errors: 'not_found', 'not_verified', 'wrong_community', 'invalid_transition'. */
export async function addComment(
	deps: CouncilDeps,
	user: AccessUser,
	id: number,
	input: { body: string; parentId: number | null }
): Promise<Result<{ id: number }, CouncilError>> {
	const p = await findProposal(deps.sql, id);
	if (!p) return err('not_found');
	const allowed = residentOf(user, p.communityId);
	if (!allowed.ok) return allowed;
	if (!canComment(p.state)) return err('invalid_transition');
	if (input.parentId !== null) {
		const [parent] =
			await deps.sql`select 1 from council_comments where id = ${input.parentId} and proposal_id = ${id}`;
		if (!parent) return err('not_found');
	}
	const [row] = await deps.sql<{ id: number }[]>`
		insert into council_comments (proposal_id, parent_id, author_id, body)
		values (${id}, ${input.parentId}, ${user.id}, ${input.body}) returning id`;
	if (!row) throw new Error('insert returned no row');
	return ok({ id: row.id });
}

/** Any verified resident of the community may report a comment once. Errors: 'not_found', 'not_verified', 'wrong_community', 'already_reported'. */
export async function reportComment(
	deps: CouncilDeps,
	user: AccessUser,
	commentId: number,
	reason: string
): Promise<Result<true, CouncilError>> {
	const [c] = await deps.sql<{ communityId: number }[]>`
		select p.community_id as "communityId" from council_comments c
		join council_proposals p on p.id = c.proposal_id where c.id = ${commentId}`;
	if (!c) return err('not_found');
	const allowed = residentOf(user, c.communityId);
	if (!allowed.ok) return allowed;
	const inserted = await deps.sql`
		insert into council_comment_reports (comment_id, user_id, reason) values (${commentId}, ${user.id}, ${reason})
		on conflict do nothing returning 1`;
	return inserted.length === 0 ? err('already_reported') : ok(true);
}

/**
 * The committee hides a comment with a reason shown in its place; the writer is told why (once,
 * even if it is hidden again). Errors: 'not_found', 'forbidden'.
 */
export async function hideComment(
	deps: CouncilDeps,
	user: AccessUser,
	commentId: number,
	reason: string
): Promise<Result<true, CouncilError>> {
	const [c] = await deps.sql<
		{ communityId: number; proposalId: number; title: string; authorId: number; hidden: boolean }[]
	>`
		select p.community_id as "communityId", p.id as "proposalId", p.title, c.author_id as "authorId",
			c.hidden_at is not null as hidden
		from council_comments c join council_proposals p on p.id = c.proposal_id where c.id = ${commentId}`;
	if (!c) return err('not_found');
	const allowed = await committeeOf(deps.sql, user, c.communityId);
	if (!allowed.ok) return allowed;
	await deps.sql`update council_comments set hidden_reason = ${reason}, hidden_by = ${user.id}, hidden_at = now()
		where id = ${commentId}`;
	if (!c.hidden) {
		const params = { title: c.title, reason };
		const notice = { userId: c.authorId, type: 'council.comment_hidden', params };
		await notify(deps.sql, { ...notice, link: `/council/${c.proposalId}` }, deps.realtime);
	}
	return ok(true);
}

export interface CommentView {
	id: number;
	parentId: number | null;
	authorName: string;
	/** Empty when hidden: the reason is shown instead. */
	body: string;
	hiddenReason: string | null;
	reportCount: number;
	createdAt: Date;
	hiddenAt: Date | null;
}

/** Comments in thread order (parents before replies); hidden ones keep their place, not their text. */
export async function listComments(q: Queryable, proposalId: number): Promise<CommentView[]> {
	const rows = await q`
		select c.id, c.parent_id as "parentId", u.display_name as "authorName",
			case when c.hidden_at is null then c.body else '' end as body,
			c.hidden_reason as "hiddenReason", c.created_at as "createdAt", c.hidden_at as "hiddenAt",
			(select count(*)::int from council_comment_reports r where r.comment_id = c.id) as "reportCount"
		from council_comments c join users u on u.id = c.author_id
		where c.proposal_id = ${proposalId} order by c.id`;
	return rows.map((r) => ({
		...(r as unknown as CommentView),
		createdAt: toDate(r.createdAt),
		hiddenAt: toDateOrNull(r.hiddenAt)
	}));
}

/** Reported comments still visible, for the committee's moderation queue. */
export async function reportedComments(q: Queryable, communityIds: number[]) {
	return q<
		{
			id: number;
			proposalId: number;
			body: string;
			authorName: string;
			reports: number;
			reasons: string;
		}[]
	>`
		select c.id, c.proposal_id as "proposalId", c.body, u.display_name as "authorName",
			count(r.*)::int as reports, string_agg(r.reason, ' / ') as reasons
		from council_comments c join council_comment_reports r on r.comment_id = c.id
		join council_proposals p on p.id = c.proposal_id join users u on u.id = c.author_id
		where c.hidden_at is null and p.community_id = any(${communityIds}::int[])
		group by c.id, u.display_name order by c.id`;
}
