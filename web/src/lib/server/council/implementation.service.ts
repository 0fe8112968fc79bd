import { canRate, transition } from '$lib/domain/council';
import { err, ok, type Result } from '$core/shared';
import type { AccessUser } from '../access/guards';
import type { ImageUpload } from '../images';
import { notify, type PendingNotification } from '../notifications/notify';
import { committeeOf, residentOf } from './access';
import { toDateOrNull, type CouncilDeps, type Queryable } from './deps';
import type { CouncilError } from './errors';
import { attachImages, MAX_PROPOSAL_IMAGES } from './images';
import { findProposal, insertEvent, setState, type ProposalRow } from './proposals.repository';

type Step =
	| { kind: 'start'; owner: string }
	| { kind: 'milestone'; title: string }
	| { kind: 'milestone_done'; milestoneId: number }
	| { kind: 'progress'; body: string; imageUrls: string[]; images?: ImageUpload[] }
	| { kind: 'complete'; body: string };

/**
 * The committee carries a passed proposal out: names an owner (passed → implementation), adds
 * milestones, posts progress updates with photos, and marks it complete (→ evaluation). The
 * author and the supporters are told of every update.
 * Errors: 'not_found', 'forbidden', 'invalid_transition', 'too_many_images'.
 */
export async function recordImplementation(
	deps: CouncilDeps,
	user: AccessUser,
	id: number,
	step: Step
): Promise<Result<true, CouncilError>> {
	const pending: PendingNotification[] = [];
	const result = await deps.sql.begin(async (tx): Promise<Result<true, CouncilError>> => {
		const p = await findProposal(tx, id, true);
		if (!p) return err('not_found');
		const allowed = await committeeOf(tx, user, p.communityId);
		if (!allowed.ok) return allowed;
		const applied = await applyStep(tx, p, user.id, step);
		if (!applied.ok) return applied;
		const readers = await tx<{ userId: number }[]>`
			select ${p.authorId}::int as "userId" union select user_id from council_supports where proposal_id = ${id}`;
		for (const r of readers) {
			pending.push(
				await notify(
					tx,
					{
						userId: r.userId,
						type: 'council.progress',
						params: { title: p.title },
						link: `/council/${id}`
					},
					deps.realtime
				)
			);
		}
		return ok(true);
	});
	if (result.ok) await Promise.all(pending.map((n) => n.publish()));
	return result;
}

async function applyStep(
	tx: Queryable,
	p: ProposalRow,
	actorId: number,
	step: Step
): Promise<Result<true, CouncilError>> {
	if (step.kind === 'start' || step.kind === 'complete') {
		const next = transition(p.state, step.kind === 'start' ? 'start_implementation' : 'complete');
		if (!next.ok) return next;
		if (step.kind === 'start') {
			await tx`update council_proposals set implementation_owner = ${step.owner} where id = ${p.id}`;
		}
		await setState(tx, p, next.value, actorId, step.kind === 'start' ? step.owner : step.body);
		return ok(true);
	}
	if (p.state !== 'implementation') return err('invalid_transition');
	if (step.kind === 'milestone') {
		await tx`insert into council_milestones (proposal_id, title) values (${p.id}, ${step.title})`;
		await insertEvent(tx, { proposalId: p.id, kind: 'milestone', actorId, body: step.title });
	} else if (step.kind === 'milestone_done') {
		const [m] = await tx<{ title: string }[]>`
			update council_milestones set done_at = now() where id = ${step.milestoneId} and proposal_id = ${p.id}
				and done_at is null returning title`;
		if (!m) return err('not_found');
		await insertEvent(tx, {
			proposalId: p.id,
			kind: 'milestone',
			actorId,
			body: m.title,
			toState: 'done'
		});
	} else {
		const uploads = step.images ?? [];
		if (uploads.length > MAX_PROPOSAL_IMAGES) return err('too_many_images');
		const eventId = await insertEvent(tx, {
			proposalId: p.id,
			kind: 'progress',
			actorId,
			body: step.body,
			imageUrls: step.imageUrls
		});
		await attachImages(tx, { proposalId: p.id, eventId, uploaderId: actorId, uploads });
	}
	return ok(true);
}

export async function listMilestones(q: Queryable, proposalId: number) {
	const rows = await q<{ id: number; title: string; doneAt: unknown }[]>`
		select id, title, done_at as "doneAt" from council_milestones where proposal_id = ${proposalId} order by id`;
	return rows.map((r) => ({ id: r.id, title: r.title, doneAt: toDateOrNull(r.doneAt) }));
}

/** A resident rates a completed proposal once, 1–5 with a comment. Errors: 'not_found', 'not_verified', 'wrong_community', 'invalid_transition', 'already_rated'. */
export async function rateProposal(
	deps: CouncilDeps,
	user: AccessUser,
	id: number,
	input: { score: number; comment: string }
): Promise<Result<true, CouncilError>> {
	const p = await findProposal(deps.sql, id);
	if (!p) return err('not_found');
	const allowed = residentOf(user, p.communityId);
	if (!allowed.ok) return allowed;
	if (!canRate(p.state)) return err('invalid_transition');
	if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5) {
		return err('invalid_choice');
	}
	const inserted = await deps.sql`
		insert into council_ratings (proposal_id, user_id, score, comment) values (${id}, ${user.id}, ${input.score}, ${input.comment})
		on conflict do nothing returning 1`;
	return inserted.length === 0 ? err('already_rated') : ok(true);
}

export interface RatingSummary {
	count: number;
	/** Average × 10, rounded (integers only): 43 means 4.3. */
	averageTenths: number | null;
	histogram: number[];
	comments: { score: number; comment: string; authorName: string }[];
}

export async function ratingSummary(
	q: Queryable,
	proposalId: number,
	withComments: boolean
): Promise<RatingSummary> {
	const rows = await q<{ score: number; comment: string; authorName: string }[]>`
		select r.score, r.comment, u.display_name as "authorName" from council_ratings r
		join users u on u.id = r.user_id where r.proposal_id = ${proposalId} order by r.created_at`;
	const histogram = [0, 0, 0, 0, 0];
	let total = 0;
	for (const r of rows) {
		histogram[r.score - 1] = (histogram[r.score - 1] ?? 0) + 1;
		total += r.score;
	}
	return {
		count: rows.length,
		averageTenths: rows.length === 0 ? null : Math.round((total * 10) / rows.length),
		histogram,
		comments: withComments ? rows.filter((r) => r.comment.length > 0) : []
	};
}
