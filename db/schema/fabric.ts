import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { ledgerTransfers } from './ledger';

const tz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Transfers waiting to be recorded on Hyperledger Fabric. Filled by a trigger on ledger_transfers
 * (db/sql/030-fabric.sql), in the transfer's own transaction, so nothing committed can be missed;
 * the anchoring job (web/src/lib/server/fabric) drains it in seq order. It is separate from the
 * journal's ledger_outbox because the two consumers move at their own pace.
 */
export const ledgerFabricOutbox = pgTable(
	'ledger_fabric_outbox',
	{
		// No foreign key: only the ledger_transfers insert (its trigger or statement) writes these rows,
		// and transfers are never deleted, so the per-row check cost posting time and protected nothing.
		transferId: uuid('transfer_id').primaryKey(),
		seq: bigint({ mode: 'number' }).notNull(),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [index('ledger_fabric_outbox_seq_idx').on(t.seq)]
);

/** Where each transfer sits on Fabric: the transaction that recorded it and its block. */
export const ledgerFabricAnchors = pgTable(
	'ledger_fabric_anchors',
	{
		transferId: uuid('transfer_id')
			.primaryKey()
			.references(() => ledgerTransfers.id),
		txId: text('tx_id').notNull(),
		/** Null when the transfer was found already recorded after a lost commit reply. */
		blockNumber: bigint('block_number', { mode: 'number' }),
		batchId: text('batch_id').notNull(),
		anchoredAt: tz('anchored_at').notNull().defaultNow()
	},
	(t) => [index('ledger_fabric_anchors_tx_idx').on(t.txId)]
);

/**
 * Transfers the chaincode refused on its rules. They leave the outbox (so the rest keeps
 * flowing) and wait here for an auditor; reconciliation reports them as drift until resolved.
 */
export const ledgerFabricQuarantine = pgTable(
	'ledger_fabric_quarantine',
	{
		transferId: uuid('transfer_id')
			.primaryKey()
			.references(() => ledgerTransfers.id),
		batchId: text('batch_id').notNull(),
		/** The chaincode's refusal code, e.g. exceeds_floor or record_mismatch. */
		code: text().notNull(),
		/** The transfer the chaincode named, when the refusal was about one transfer. */
		refusedTransferId: uuid('refused_transfer_id'),
		createdAt: tz('created_at').notNull().defaultNow(),
		resolvedAt: tz('resolved_at'),
		resolvedBy: integer('resolved_by'),
		resolutionNote: text('resolution_note')
	},
	(t) => [
		check(
			'ledger_fabric_quarantine_resolved',
			sql`(${t.resolvedAt} is null) = (${t.resolvedBy} is null)`
		)
	]
);

/** Every reconciliation run between the database and the chaincode, newest last. */
export const ledgerFabricReconciliations = pgTable('ledger_fabric_reconciliations', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	ok: boolean().notNull(),
	/** The ReconciliationReport (web/src/lib/server/fabric/reconcile.ts) as JSON. */
	report: jsonb().notNull(),
	createdAt: tz('created_at').notNull().defaultNow()
});

export type FabricQuarantineRow = typeof ledgerFabricQuarantine.$inferSelect;
export type FabricReconciliationRow = typeof ledgerFabricReconciliations.$inferSelect;
