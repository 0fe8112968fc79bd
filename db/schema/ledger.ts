import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	check,
	index,
	integer,
	pgTable,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';

const tz = (name: string) => timestamp(name, { withTimezone: true });
// Amounts are integer minutes or points; 2^53 is far beyond any community's total.
const amount = (name: string) => bigint(name, { mode: 'number' });

/**
 * One account per owner, asset and kind, TigerBeetle style: four growing totals from which the
 * posted balance (credits − debits) and the available balance (posted − pending debits) derive.
 * Rows are only changed by the posting service (web/src/lib/server/ledger), which locks them
 * FOR UPDATE; the CHECK on the floor is the backstop should any other code try.
 */
export const ledgerAccounts = pgTable(
	'ledger_accounts',
	{
		/** UUIDv7, generated in code so ids sort by creation time. */
		id: uuid().primaryKey(),
		asset: text().notNull(),
		kind: text().notNull(),
		/** 'user', 'community', 'partner', 'platform', 'sponsor': opaque, no personal data. */
		ownerType: text('owner_type').notNull(),
		ownerId: integer('owner_id').notNull(),
		/** Lowest allowed available balance; NULL for issuance and funding accounts (unbounded). */
		floor: amount('floor'),
		debitsPosted: amount('debits_posted').notNull().default(0),
		creditsPosted: amount('credits_posted').notNull().default(0),
		debitsPending: amount('debits_pending').notNull().default(0),
		creditsPending: amount('credits_pending').notNull().default(0),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		unique('ledger_accounts_owner_asset_kind_key').on(t.ownerType, t.ownerId, t.asset, t.kind),
		check('ledger_accounts_asset', sql`${t.asset} in ('HOUR', 'POINT')`),
		check(
			'ledger_accounts_kind',
			sql`${t.kind} in ('resident', 'community_issuance', 'community_pool', 'care_pool', 'partner_receivable', 'platform_settlement', 'sponsor_funding')`
		),
		check(
			'ledger_accounts_floor',
			sql`${t.floor} is null or ${t.creditsPosted} - ${t.debitsPosted} - ${t.debitsPending} >= ${t.floor}`
		),
		check(
			'ledger_accounts_totals_non_negative',
			sql`${t.debitsPosted} >= 0 and ${t.creditsPosted} >= 0 and ${t.debitsPending} >= 0 and ${t.creditsPending} >= 0`
		)
	]
);

/**
 * Every movement, append-only (db/sql/010-ledger.sql refuses UPDATE, DELETE and TRUNCATE).
 * A hold is `pending`; its capture or void is a later row naming it in `pending_id` (unique, so a
 * hold resolves once); a reversal names the row it undoes in `reverses_id` (unique likewise).
 * `seq` orders the ledger: the posting service commits batches one at a time, so rows become
 * visible in seq order (gaps are possible after a rolled-back batch).
 */
export const ledgerTransfers = pgTable(
	'ledger_transfers',
	{
		id: uuid().primaryKey(),
		seq: bigint({ mode: 'number' }).generatedAlwaysAsIdentity().notNull().unique(),
		idempotencyKey: text('idempotency_key').notNull().unique(),
		/** SHA-256 of the request's content, to refuse a reused key carrying a different request. */
		requestHash: text('request_hash').notNull(),
		debitAccountId: uuid('debit_account_id')
			.notNull()
			.references(() => ledgerAccounts.id),
		creditAccountId: uuid('credit_account_id')
			.notNull()
			.references(() => ledgerAccounts.id),
		asset: text().notNull(),
		amount: amount('amount').notNull(),
		/** volunteer.hours, mutual_aid, sorting.reward, council.vote, redeem.hold, … */
		kind: text().notNull(),
		pending: boolean().notNull().default(false),
		pendingId: uuid('pending_id').references((): AnyPgColumn => ledgerTransfers.id),
		resolution: text(),
		expiresAt: tz('expires_at'),
		reversesId: uuid('reverses_id').references((): AnyPgColumn => ledgerTransfers.id),
		/** What caused it, as opaque ids ('activity-slot:12/user:5'); never personal data. */
		reference: text().notNull(),
		/** The user who acted; 0 is the platform itself (scheduled jobs). */
		actorId: integer('actor_id').notNull(),
		/** The resident a proxy (代办) acted for. */
		onBehalfOfId: integer('on_behalf_of_id'),
		createdAt: tz('created_at').notNull()
	},
	(t) => [
		// Partial: most transfers resolve no hold and reverse nothing, so those rows skip the index.
		uniqueIndex('ledger_transfers_pending_id_key')
			.on(t.pendingId)
			.where(sql`${t.pendingId} is not null`),
		uniqueIndex('ledger_transfers_reverses_id_key')
			.on(t.reversesId)
			.where(sql`${t.reversesId} is not null`),
		index('ledger_transfers_debit_seq_idx').on(t.debitAccountId, t.seq),
		index('ledger_transfers_credit_seq_idx').on(t.creditAccountId, t.seq),
		check('ledger_transfers_amount_positive', sql`${t.amount} > 0`),
		check('ledger_transfers_distinct_accounts', sql`${t.debitAccountId} <> ${t.creditAccountId}`),
		check('ledger_transfers_asset', sql`${t.asset} in ('HOUR', 'POINT')`),
		check(
			'ledger_transfers_resolution',
			sql`(${t.pendingId} is null) = (${t.resolution} is null) and (${t.resolution} is null or ${t.resolution} in ('capture', 'void'))`
		),
		check(
			'ledger_transfers_hold_shape',
			sql`not ${t.pending} or (${t.pendingId} is null and ${t.reversesId} is null)`
		),
		check('ledger_transfers_expiry_on_holds', sql`${t.expiresAt} is null or ${t.pending}`)
	]
);

/**
 * Transactional outbox: one row per transfer, written in the transfer's transaction. The journal
 * drainer reads it in seq order, journals the transfer and deletes the row.
 */
export const ledgerOutbox = pgTable(
	'ledger_outbox',
	{
		// No foreign key: only the ledger_transfers insert (its trigger or statement) writes these rows,
		// and transfers are never deleted, so the per-row check cost posting time and protected nothing.
		transferId: uuid('transfer_id').primaryKey(),
		seq: bigint({ mode: 'number' }).notNull(),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [index('ledger_outbox_seq_idx').on(t.seq)]
);

export type LedgerAccountRow = typeof ledgerAccounts.$inferSelect;
export type LedgerTransferRow = typeof ledgerTransfers.$inferSelect;
