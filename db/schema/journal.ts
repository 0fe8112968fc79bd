import { sql } from 'drizzle-orm';
import {
	bigint,
	check,
	integer,
	pgTable,
	text,
	timestamp,
	uuid,
	uniqueIndex,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';

const tz = (name: string) => timestamp(name, { withTimezone: true });
const position = (name: string) => bigint(name, { mode: 'number' });
// A length check, not a regex: it runs on every journal insert (10,000 a second); the hex
// itself is re-checked by ledger:verify.
const hex64 = (column: AnyPgColumn) => sql`octet_length(${column}) = 64`;

/**
 * The embedded verifiable journal: one entry per transfer or typed record, hash-chained in position order
 * (positions 1, 2, 3 … without gaps). Written only by the journal drainer
 * (web/src/lib/server/journal); db/sql/020-journal.sql refuses UPDATE, DELETE and TRUNCATE.
 * `payload` is the canonical encoding from chain/core/journal, the exact text that is hashed.
 */
export const ledgerJournalEntries = pgTable(
	'ledger_journal_entries',
	{
		position: position('position').primaryKey(),
		// Unique: a transfer is journaled once. No foreign key: the drainer reads the transfer in
		// the same transaction, a per-row key check would cost a third of the insert time, and
		// ledger:verify checks the one-to-one match with ledger_transfers anyway.
		// An entry is a transfer (transfer_id, payload v1) or a typed record (record_id, payload v2).
		transferId: uuid('transfer_id').unique(),
		// Partial unique index: transfer entries (nearly all) leave it untouched.
		recordId: uuid('record_id'),
		prevHash: text('prev_hash').notNull(),
		entryHash: text('entry_hash').notNull(),
		payload: text().notNull(),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		check('ledger_journal_entries_position_positive', sql`${t.position} > 0`),
		check('ledger_journal_entries_hashes', sql`${hex64(t.prevHash)} and ${hex64(t.entryHash)}`),
		check(
			'ledger_journal_entries_subject',
			sql`(${t.transferId} is null) <> (${t.recordId} is null)`
		),
		uniqueIndex('ledger_journal_entries_record_id_key')
			.on(t.recordId)
			.where(sql`${t.recordId} is not null`)
	]
);

/**
 * A block seals the contiguous positions first..last with a Merkle root and an Ed25519 signature
 * over its header; blocks chain through `prev_block_hash`. Append-only like the entries.
 */
export const ledgerBlocks = pgTable(
	'ledger_blocks',
	{
		number: integer().primaryKey(),
		firstPosition: position('first_position').notNull().unique(),
		lastPosition: position('last_position').notNull().unique(),
		merkleRoot: text('merkle_root').notNull(),
		lastEntryHash: text('last_entry_hash').notNull(),
		prevBlockHash: text('prev_block_hash').notNull(),
		headerHash: text('header_hash').notNull().unique(),
		/** Ed25519 signature of the canonical header, hex. */
		signature: text().notNull(),
		keyId: text('key_id')
			.notNull()
			.references(() => ledgerSigningKeys.keyId),
		sealedAt: tz('sealed_at').notNull()
	},
	(t) => [
		check(
			'ledger_blocks_range',
			sql`${t.firstPosition} > 0 and ${t.lastPosition} >= ${t.firstPosition}`
		),
		check(
			'ledger_blocks_hashes',
			sql`${hex64(t.merkleRoot)} and ${hex64(t.lastEntryHash)} and ${hex64(t.prevBlockHash)} and ${hex64(t.headerHash)}`
		)
	]
);

/**
 * Every public key that ever signed a block, so old blocks still verify after a key rotation.
 * Private keys never enter the database (LEDGER_SIGNING_KEY or the key file under .data).
 */
export const ledgerSigningKeys = pgTable('ledger_signing_keys', {
	/** First 16 hex digits of SHA-256 of the raw public key (chain/core/journal keyIdOf). */
	keyId: text('key_id').primaryKey(),
	/** Raw 32-byte Ed25519 public key, hex. */
	publicKey: text('public_key').notNull().unique(),
	createdAt: tz('created_at').notNull().defaultNow()
});

/** A block's anchor on Hyperledger Fabric, written once the anchoring transaction commits. */
export const ledgerBlockAnchors = pgTable('ledger_block_anchors', {
	blockNumber: integer('block_number')
		.primaryKey()
		.references(() => ledgerBlocks.number),
	txId: text('tx_id').notNull(),
	anchoredAt: tz('anchored_at').notNull().defaultNow()
});

export type JournalEntryRow = typeof ledgerJournalEntries.$inferSelect;
export type BlockRow = typeof ledgerBlocks.$inferSelect;
