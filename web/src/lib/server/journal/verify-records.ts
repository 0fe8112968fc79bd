import { encodeRecord, parseRecordPayload } from '$core/journal';
import type { Queryable } from './journal.repository';
import { toJournalRecord } from './records.repository';
import type { Failure, Row } from './verify';

/* ledger:verify's checks of typed records (council tallies), beside the transfer checks in verify.ts. */

/** A record entry: its row exists, the payload is what the row encodes, the body passes its check. */
export function checkRecordEntry(r: Row): Failure | null {
	const recordId = r.record_id as string;
	if (r.record_row_id === null) return { problem: 'record_missing', recordId };
	if (encodeRecord(toJournalRecord(r)) !== r.payload) {
		return { problem: 'payload_mismatch', recordId };
	}
	return parseRecordPayload(r.payload as string) ? null : { problem: 'record_malformed', recordId };
}

/** The same one-to-one match between ledger_records and the journal. */
export async function checkRecords(tx: Queryable): Promise<Failure | null> {
	const [lost] = await tx`
		select r.id from ledger_records r
		where not exists (select 1 from ledger_journal_entries e where e.record_id = r.id)
			and not exists (select 1 from ledger_record_outbox o where o.record_id = r.id)
		order by r.seq limit 1`;
	if (lost) return { problem: 'record_not_journaled', recordId: lost.id as string };
	const [twice] = await tx`
		select e.position, e.record_id from ledger_record_outbox o
		join ledger_journal_entries e on e.record_id = o.record_id order by e.position limit 1`;
	if (!twice) return null;
	const recordId = twice.record_id as string;
	return { problem: 'journaled_still_in_outbox', position: Number(twice.position), recordId };
}
