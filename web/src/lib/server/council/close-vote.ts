import { ballotListHash, tally, type TallyResult } from '$lib/domain/council';
import { nativeSha256 } from '../journal/signing-key';
import { notify, type PendingNotification } from '../notifications/notify';
import { owePoints, postPendingAwards } from './awards';
import type { CouncilDeps } from './deps';
import { findProposal, setState } from './proposals.repository';
import { readSettings } from './settings';
import { nudgeJournal } from '../journal/job';
import { publishedBallots, recordTally } from './tally-record';
import { eligibleCount, findVote, rulesOf } from './votes.repository';

export type CloseOutcome =
	| { closed: true; result: TallyResult; recordId: string }
	| { closed: false; reason: 'not_found' | 'not_due' | 'already_closed' };

/**
 * Closes a vote whose window has ended, in one transaction under an exclusive lock on the vote
 * (waiting for ballots being cast to commit): the ballots move from the box to council_ballots
 * in receipt-hash order, are counted, the vote and its proposals get their outcome, and the
 * tally is recorded on the ledger (a 'council.tally' record, queued for the journal and Fabric in
 * this same transaction: see tally-record.ts).
 *
 * Why move the ballots: a ballot and its participation row are written by one transaction, so
 * in the box they share a transaction id (xmin) and sit in insertion order on disk — a database
 * operator could pair them. The sealed copies are all written by the closing transaction, in
 * random (receipt-hash) order, so neither xmin nor physical position links them to a voter; the
 * box rows are deleted and vacuumed away right after.
 */
export async function closeVote(deps: CouncilDeps, voteId: number): Promise<CloseOutcome> {
	const now = deps.now();
	const pending: PendingNotification[] = [];
	const awardKeys: string[] = [];
	const outcome = await deps.sql.begin(async (tx): Promise<CloseOutcome> => {
		const vote = await findVote(tx, voteId, 'update');
		if (!vote) return { closed: false, reason: 'not_found' };
		if (vote.state === 'closed') return { closed: false, reason: 'already_closed' };
		if (now.getTime() < vote.closesAt.getTime()) return { closed: false, reason: 'not_due' };
		await tx`update council_votes set state = 'closed', closed_at = ${now.toISOString()}::timestamptz where id = ${voteId}`;
		await tx`insert into council_ballots (vote_id, receipt_hash, choice)
			select vote_id, receipt_hash, choice from council_ballot_box where vote_id = ${voteId} order by receipt_hash`;
		await tx`delete from council_ballot_box where vote_id = ${voteId}`;
		const ballots = await publishedBallots(tx, voteId);
		const eligible = await eligibleCount(tx, vote);
		const result = tally(
			rulesOf(vote),
			ballots.map((b) => b.choice),
			{ eligible, quorumPercent: vote.quorumPercent }
		);
		const listHash = ballotListHash(ballots, nativeSha256);
		await tx`update council_votes set result = ${JSON.stringify(result)}::jsonb, ballot_list_sha256 = ${listHash} where id = ${voteId}`;
		const settings = await readSettings(tx, vote.communityId);
		const winners = new Set(result.winners);
		for (const option of vote.options) {
			const p = await findProposal(tx, option.proposalId, true);
			if (!p || p.state !== 'voting') continue;
			const passed = winners.has(p.id);
			await setState(tx, p, passed ? 'passed' : 'failed', null, `vote:${voteId}`);
			if (passed) {
				const key = `council:proposal:${p.id}:passed`;
				awardKeys.push(key);
				await owePoints(tx, {
					idempotencyKey: key,
					communityId: p.communityId,
					userId: p.authorId,
					amount: settings.pointsPassed,
					kind: 'council.passed',
					reference: `council-proposal:${p.id}`,
					at: now
				});
			}
			const type = passed ? 'council.passed' : 'council.failed';
			pending.push(
				await notify(
					tx,
					{ userId: p.authorId, type, params: { title: p.title }, link: `/council/${p.id}` },
					deps.realtime
				)
			);
		}
		const { recordId } = await recordTally(tx, {
			voteId,
			communityId: vote.communityId,
			closedAt: now,
			ballotListSha256: listHash,
			result
		});
		return { closed: true, result, recordId };
	});
	if (outcome.closed) {
		// Outside the transaction (VACUUM cannot run in one): removes the dead box rows from disk.
		await deps.sql`vacuum council_ballot_box`.catch(() => undefined);
		// Journal the tally now rather than at the drainer's minute sweep (never rejects).
		await nudgeJournal(deps.sql);
		await Promise.all(pending.map((n) => n.publish()));
		await postPendingAwards(deps.sql, deps.posting, { keys: awardKeys });
	}
	return outcome;
}

/** Closes every open vote whose window has ended (the sweep's safety net behind the scheduled job). */
export async function closeDueVotes(deps: CouncilDeps): Promise<number> {
	const due = await deps.sql<{ id: number }[]>`
		select id from council_votes where state = 'open' and closes_at <= ${deps.now().toISOString()}::timestamptz order by id`;
	let closed = 0;
	for (const { id } of due) if ((await closeVote(deps, id)).closed) closed += 1;
	return closed;
}
