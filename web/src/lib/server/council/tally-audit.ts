import type postgres from 'postgres';
import { verifyTallyRecord, type TallyVerification } from './tally-record';

/**
 * What ledger:verify can find wrong between closed votes and their ledger records, in the order
 * it looks:
 * - tally_not_recorded: a closed vote has no 'council.tally' record;
 * - tally_mismatch: the result stored for the vote (what the pages show) is not the recorded one;
 * - ballot_list_mismatch: the published ballots no longer hash to the recorded list hash;
 * - tally_recount_mismatch: recounting the published ballots does not give the recorded tally;
 * - tally_journal_mismatch: the record's journal entry says something else (or is missing
 *   while the record is no longer queued);
 * - tally_record_without_vote: a record names a vote that is not closed.
 */
export type TallyProblem =
	| 'tally_not_recorded'
	| 'tally_mismatch'
	| 'ballot_list_mismatch'
	| 'tally_recount_mismatch'
	| 'tally_journal_mismatch'
	| 'tally_record_without_vote';

export type TallyAuditReport =
	| { ok: true; votes: number }
	| { ok: false; votes: number; problem: TallyProblem; voteId: number; recordId: string | null };

/** The first check a closed vote fails, in the order TallyProblem lists them; null when none. */
function firstProblem(v: TallyVerification | null): TallyProblem | null {
	if (!v?.recordId) return 'tally_not_recorded';
	if (!v.checks.projection) return 'tally_mismatch';
	if (!v.checks.ballotListHash) return 'ballot_list_mismatch';
	if (!v.checks.recount) return 'tally_recount_mismatch';
	return v.checks.journal ? null : 'tally_journal_mismatch';
}

/**
 * Checks every closed vote against its tally record one to one, in one read-only snapshot so a
 * vote closing meanwhile cannot cause a false alarm. Stops at the first problem, in vote order.
 */
export async function verifyCouncilTallies(sql: postgres.Sql): Promise<TallyAuditReport> {
	return sql.begin('isolation level repeatable read read only', async (tx) => {
		const closed = await tx<{ id: number }[]>`
			select id from council_votes where state = 'closed' order by id`;
		let votes = 0;
		for (const { id } of closed) {
			const v = await verifyTallyRecord(tx, id);
			const problem = firstProblem(v);
			if (problem) return { ok: false, votes, problem, voteId: id, recordId: v?.recordId ?? null };
			votes += 1;
		}
		const [orphan] = await tx<{ id: string; subject: string }[]>`
			select r.id, r.subject from ledger_records r
			where r.kind = 'council.tally' and not exists (
				select 1 from council_votes v
				where 'council-vote:' || v.id = r.subject and v.state = 'closed')
			order by r.seq limit 1`;
		if (orphan) {
			const voteId = Number(orphan.subject.replace('council-vote:', ''));
			return {
				ok: false,
				votes,
				problem: 'tally_record_without_vote',
				voteId,
				recordId: orphan.id
			};
		}
		return { ok: true, votes };
	});
}
