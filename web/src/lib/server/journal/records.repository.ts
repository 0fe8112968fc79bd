import { isRecordKind, type RecordBody } from '$core/records';
import type { JournalEntry, JournalRecord } from '$core/journal';
import type { Queryable } from './journal.repository';

type Row = Record<string, unknown>;

/**
 * Columns of ledger_records the record payload needs, aliased so they can sit beside the
 * transfer columns in one row; the time is truncated to the millisecond the journal records.
 */
export const RECORD_COLUMNS = `r.id as record_row_id, r.kind as record_kind, r.body::text as record_body,
	(extract(epoch from date_trunc('milliseconds', r.created_at)) * 1000)::bigint::text as record_created_at_ms`;

export function toJournalRecord(r: Row): JournalRecord {
	const kind = r.record_kind;
	if (!isRecordKind(kind)) {
		throw new Error(`ledger record ${String(r.record_row_id)}: kind ${String(kind)}`);
	}
	return {
		id: r.record_row_id as string,
		kind,
		body: JSON.parse(r.record_body as string) as RecordBody,
		createdAt: new Date(Number(r.record_created_at_ms))
	};
}

/**
 * The oldest `limit` records waiting for the journal, in record order. One indexed read of a
 * table that is nearly always empty: the only cost records add to a drain step.
 */
export async function readRecordOutbox(q: Queryable, limit: number): Promise<JournalRecord[]> {
	const rows = await q`
		select ${q.unsafe(RECORD_COLUMNS)}
		from ledger_record_outbox o join ledger_records r on r.id = o.record_id
		order by o.seq limit ${limit}`;
	return rows.map(toJournalRecord);
}

/** Inserts record entries (consecutive positions) and removes their outbox rows. */
export async function appendRecordEntries(
	q: Queryable,
	entries: readonly JournalEntry[],
	recordIds: readonly string[]
): Promise<void> {
	const first = entries[0];
	if (!first) return;
	await q`
		insert into ledger_journal_entries (position, record_id, prev_hash, entry_hash, payload)
		select ${first.position}::bigint + u.ord - 1, u.record_id, u.prev_hash, u.entry_hash, u.payload
		from unnest(
			${recordIds as string[]}::uuid[],
			${entries.map((e) => e.prevHash)}::text[],
			${entries.map((e) => e.entryHash)}::text[],
			${entries.map((e) => e.payload)}::text[]
		) with ordinality as u(record_id, prev_hash, entry_hash, payload, ord)`;
	await q`delete from ledger_record_outbox where record_id = any(${recordIds as string[]}::uuid[])`;
}
