import { notify, type PendingNotification } from '../notifications/notify';
import type { CouncilDeps } from './deps';
import { findVote } from './votes.repository';

/** Residents told per transaction: keeps each transaction short however large the roll is. */
const BATCH_SIZE = 500;

export type VoteOpenedOutcome =
	{ notified: number } | { notified: 0; skipped: 'not_found' | 'not_open_yet' };

/**
 * Tells everyone on a vote's roll (verified residents of its community at the opening) that it
 * is open, in batches. Each person is written to council_vote_notices in the same transaction
 * as their notification, so a retry, a second job or the sweep running alongside never tells
 * anyone twice. Marks the vote done at the end so the sweep stops looking at it.
 */
export async function notifyVoteOpened(
	deps: CouncilDeps,
	voteId: number,
	batchSize = BATCH_SIZE
): Promise<VoteOpenedOutcome> {
	const vote = await findVote(deps.sql, voteId);
	if (!vote) return { notified: 0, skipped: 'not_found' };
	const due = vote.opensAt.getTime() <= deps.now().getTime();
	if (!due) return { notified: 0, skipped: 'not_open_yet' };
	let notified = 0;
	// A vote counted already needs no call to take part; it is only marked done.
	for (let more = vote.state === 'open'; more;) {
		const pending: PendingNotification[] = [];
		await deps.sql.begin(async (tx) => {
			// The same roll as eligibleCount in votes.repository.ts.
			const rows = await tx<{ userId: number }[]>`
				insert into council_vote_notices (vote_id, user_id)
				select ${voteId}, u.id from users u
				where u.community_id = ${vote.communityId} and u.status = 'verified'
					and u.status_changed_at <= ${vote.opensAt.toISOString()}::timestamptz
					and not exists (select 1 from council_vote_notices n where n.vote_id = ${voteId} and n.user_id = u.id)
				order by u.id limit ${batchSize}
				on conflict do nothing
				returning user_id as "userId"`;
			for (const { userId } of rows) {
				const notice = {
					userId,
					type: 'council.vote_opened',
					params: { title: vote.title },
					link: `/council/votes/${voteId}`
				};
				pending.push(await notify(tx, notice, deps.realtime));
			}
			more = rows.length === batchSize;
		});
		notified += pending.length;
		await Promise.all(pending.map((n) => n.publish()));
	}
	await deps.sql`insert into council_vote_openings (vote_id) values (${voteId}) on conflict do nothing`;
	return { notified };
}

/** The sweep's safety net: open votes whose opening notice has not gone out in full yet. */
export async function notifyDueOpenings(deps: CouncilDeps): Promise<number> {
	const due = await deps.sql<{ id: number }[]>`
		select v.id from council_votes v
		where v.state = 'open' and v.opens_at <= ${deps.now().toISOString()}::timestamptz
			and not exists (select 1 from council_vote_openings o where o.vote_id = v.id)
		order by v.id`;
	let notified = 0;
	for (const { id } of due) notified += (await notifyVoteOpened(deps, id)).notified;
	return notified;
}
