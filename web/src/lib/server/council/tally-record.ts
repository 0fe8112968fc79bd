import { canonicalJson, parseRecordPayload, type CanonicalValue } from '$core/journal';
import { checkCouncilTally, type CouncilTallyBody } from '$core/records';
import {
	ballotListHash,
	parseChoice,
	tally,
	tallyBody,
	type PublishedBallot,
	type TallyFacts
} from '$lib/domain/council';
import { nativeSha256 } from '../journal/signing-key';
import { uuidv7 } from '../ledger/ids';
import type { Queryable } from './deps';
import { findVote, rulesOf, type VoteRow } from './votes.repository';

/*
 * One source of truth for a closed vote's result: its 'council.tally' ledger record
 * (ledger_records, journaled as a signed v2 entry and sent to Fabric when configured).
 * council_votes.result is the projection the pages read; ledger:verify checks that the two agree
 * for every closed vote, and that a recount of the published ballots gives the same. The old
 * separate signed chain, council_tally_records, was migrated into records and dropped (migration
 * 0022 and db/sql/025-ledger-records.sql).
 */

export const tallySubject = (voteId: number) => `council-vote:${voteId}`;

/**
 * Writes the tally record in the closing transaction. The trigger on ledger_records queues it
 * for the journal and for Fabric in the same transaction, so a closed vote can never exist
 * without its ledger record. Throws if the body fails the ledger's own check: that would be a bug
 * in the count, and the closing must then not commit.
 */
export async function recordTally(
	tx: Queryable,
	facts: TallyFacts,
	id: string = uuidv7(facts.closedAt.getTime())
): Promise<{ recordId: string }> {
	const checked = checkCouncilTally(tallyBody(facts));
	if (!checked.ok) throw new Error(`vote ${facts.voteId}: tally refused (${checked.error})`);
	await tx`
		insert into ledger_records (id, kind, subject, body, created_at)
		values (${id}, 'council.tally', ${tallySubject(facts.voteId)},
			${JSON.stringify(checked.value)}::text::jsonb, ${facts.closedAt.toISOString()}::timestamptz)`;
	return { recordId: id };
}

export async function publishedBallots(q: Queryable, voteId: number): Promise<PublishedBallot[]> {
	const rows = await q<{ receiptHash: string; choice: string }[]>`
		select receipt_hash as "receiptHash", choice::text as choice from council_ballots
		where vote_id = ${voteId} order by receipt_hash`;
	return rows.map((r) => {
		const choice = parseChoice(JSON.parse(r.choice));
		if (!choice) throw new Error(`ballot ${r.receiptHash} holds no valid choice`);
		return { receiptHash: r.receiptHash, choice };
	});
}

/** A vote's tally record and where it stands in the journal. */
export interface StoredTallyRecord {
	recordId: string;
	body: CouncilTallyBody;
	/** The journal entry once the drainer has written it; null while it waits in the outbox. */
	entry: { position: number; entryHash: string; payload: string } | null;
}

export async function readTallyRecord(
	q: Queryable,
	voteId: number
): Promise<StoredTallyRecord | null> {
	const [r] = await q<
		{
			recordId: string;
			body: string;
			position: string | null;
			entryHash: string | null;
			payload: string | null;
		}[]
	>`
		select r.id as "recordId", r.body::text as body, e.position::text as position,
			e.entry_hash as "entryHash", e.payload
		from ledger_records r left join ledger_journal_entries e on e.record_id = r.id
		where r.kind = 'council.tally' and r.subject = ${tallySubject(voteId)}`;
	if (!r) return null;
	const entry =
		r.position === null || r.entryHash === null || r.payload === null
			? null
			: { position: Number(r.position), entryHash: r.entryHash, payload: r.payload };
	return { recordId: r.recordId, body: JSON.parse(r.body) as CouncilTallyBody, entry };
}

export interface TallyVerification {
	valid: boolean;
	/** True while the record waits in the outbox for the journal drainer (seconds, normally). */
	journalPending: boolean;
	checks: {
		/** The record's journal entry says exactly what the record says (or it is still queued). */
		journal: boolean;
		/** The published ballot list hashes to the recorded hash. */
		ballotListHash: boolean;
		/** A recount of the published list gives the recorded tally. */
		recount: boolean;
		/** The result the pages show is the recorded one. */
		projection: boolean;
	};
	recordId: string | null;
}

/** Facts for tallyBody from what is stored now: the vote row and, optionally, a recount. */
function storedFacts(
	vote: VoteRow,
	ballots: PublishedBallot[],
	recount: boolean
): TallyFacts | null {
	if (!vote.result || !vote.closedAt || !vote.ballotListSha256) return null;
	const result = recount
		? tally(
				rulesOf(vote),
				ballots.map((b) => b.choice),
				{ eligible: vote.result.eligible, quorumPercent: vote.result.quorumPercent }
			)
		: vote.result;
	return {
		voteId: vote.id,
		communityId: vote.communityId,
		closedAt: vote.closedAt,
		ballotListSha256: recount ? ballotListHash(ballots, nativeSha256) : vote.ballotListSha256,
		result
	};
}

const canonical = (body: CouncilTallyBody) => canonicalJson(body as unknown as CanonicalValue);
const sameBody = (a: CouncilTallyBody, facts: TallyFacts | null) =>
	facts !== null && canonical(tallyBody(facts)) === canonical(a);

/**
 * Checks a closed vote against its ledger record: journaled as recorded, the published list's
 * hash, a recount of that list, and the stored result the pages show. Null for an open vote.
 */
export async function verifyTallyRecord(
	q: Queryable,
	voteId: number
): Promise<TallyVerification | null> {
	const vote = await findVote(q, voteId);
	if (!vote || vote.state !== 'closed') return null;
	const record = await readTallyRecord(q, voteId);
	if (!record) {
		const none = { journal: false, ballotListHash: false, recount: false, projection: false };
		return { valid: false, journalPending: false, checks: none, recordId: null };
	}
	const ballots = await publishedBallots(q, voteId);
	const payload = record.entry ? parseRecordPayload(record.entry.payload) : null;
	const journalPending = record.entry === null && (await isQueued(q, record.recordId));
	const checks = {
		journal:
			journalPending ||
			(payload !== null &&
				payload.id === record.recordId &&
				canonical(payload.body) === canonical(record.body)),
		ballotListHash: ballotListHash(ballots, nativeSha256) === record.body.ballot_list_sha256,
		recount: sameBody(record.body, storedFacts(vote, ballots, true)),
		projection: sameBody(record.body, storedFacts(vote, ballots, false))
	};
	const valid = Object.values(checks).every(Boolean);
	return { valid, journalPending, checks, recordId: record.recordId };
}

async function isQueued(q: Queryable, recordId: string): Promise<boolean> {
	const [r] = await q`select 1 from ledger_record_outbox where record_id = ${recordId}`;
	return r !== undefined;
}
