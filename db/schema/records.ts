import { sql } from 'drizzle-orm';
import {
	bigint,
	check,
	index,
	jsonb,
	pgTable,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';

const tz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Typed ledger records: facts other than transfers that the ledger keeps, such as a closed
 * council vote's tally (kind 'council.tally', body checked by chain/core/records). A record is
 * to the journal what a transfer is: written in the transaction that decided it, journaled by the
 * drainer as a v2 payload (chain/core/journal/record.ts), sent to Fabric when it is configured.
 * Append-only (db/sql/025-ledger-records.sql). Records are rare, so none of this touches the
 * transfer path: transfers keep their own outboxes and triggers.
 */
export const ledgerRecords = pgTable(
	'ledger_records',
	{
		/** UUIDv7 from code (v4 for rows migrated in SQL): opaque, no personal data. */
		id: uuid().primaryKey(),
		seq: bigint({ mode: 'number' }).generatedAlwaysAsIdentity().notNull().unique(),
		kind: text().notNull(),
		/** What the record is about, as an opaque reference ('council-vote:12'): one record each. */
		subject: text().notNull(),
		/** The kind's body (for council.tally: CouncilTallyBody); the journal hashes its canonical JSON. */
		body: jsonb().notNull(),
		createdAt: tz('created_at').notNull()
	},
	(t) => [
		unique('ledger_records_kind_subject_key').on(t.kind, t.subject),
		check('ledger_records_kind', sql`${t.kind} in ('council.tally')`),
		check('ledger_records_body_object', sql`jsonb_typeof(${t.body}) = 'object'`)
	]
);

/**
 * Records waiting for the journal drainer; filled by a trigger on ledger_records in the record's
 * own transaction, emptied by the drainer in the transaction that journals them.
 */
export const ledgerRecordOutbox = pgTable(
	'ledger_record_outbox',
	{
		recordId: uuid('record_id')
			.primaryKey()
			.references(() => ledgerRecords.id),
		seq: bigint({ mode: 'number' }).notNull(),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [index('ledger_record_outbox_seq_idx').on(t.seq)]
);

/**
 * Records waiting for Fabric (filled by the same trigger; drained only when Fabric is configured).
 * A record the chaincode refuses stays here with the refusal code, for an auditor: records do not
 * depend on one another, so the others go on.
 */
export const ledgerFabricRecordOutbox = pgTable(
	'ledger_fabric_record_outbox',
	{
		recordId: uuid('record_id')
			.primaryKey()
			.references(() => ledgerRecords.id),
		seq: bigint({ mode: 'number' }).notNull(),
		refusedCode: text('refused_code'),
		refusedAt: tz('refused_at'),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		index('ledger_fabric_record_outbox_seq_idx').on(t.seq),
		check(
			'ledger_fabric_record_outbox_refused',
			sql`(${t.refusedCode} is null) = (${t.refusedAt} is null)`
		)
	]
);

/** Where each record sits on Fabric: the transaction that recorded it and its block. */
export const ledgerFabricRecordAnchors = pgTable('ledger_fabric_record_anchors', {
	recordId: uuid('record_id')
		.primaryKey()
		.references(() => ledgerRecords.id),
	txId: text('tx_id').notNull(),
	/** Null when the record was found already on the ledger after a lost commit reply. */
	blockNumber: bigint('block_number', { mode: 'number' }),
	anchoredAt: tz('anchored_at').notNull().defaultNow()
});

export type LedgerRecordRow = typeof ledgerRecords.$inferSelect;
