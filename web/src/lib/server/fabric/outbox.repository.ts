import { createHash } from 'node:crypto';
import type postgres from 'postgres';
import type { BatchAccount, TransferRecord } from '../../../../../chain/chaincode/batch';
import type { Rejection } from '../../../../../chain/chaincode/errors';
import type { TransferAnchor } from '../../../../../chain/gateway/chain-ledger';
import type { AnchorOutbox, PendingBatch } from '../../../../../chain/gateway/drain';
import type { AccountKind, Asset, Resolution } from '../../../../../chain/core/ledger';

type Sql = postgres.Sql | postgres.TransactionSql | postgres.ReservedSql;

interface TransferRow {
	id: string;
	seq: string | number;
	kind: string;
	asset: Asset;
	amount: string | number;
	debit_account_id: string;
	credit_account_id: string;
	pending: boolean;
	pending_id: string | null;
	resolution: Resolution | null;
	expires_at_ms: string | null;
	reverses_id: string | null;
	reference: string;
	created_at_ms: string;
}

/** Only the reference's SHA-256 goes on the ledger, as in the journal's payload. */
export function referenceSha256(reference: string): string {
	return createHash('sha256').update(reference, 'utf8').digest('hex');
}

export function toRecord(row: TransferRow): TransferRecord {
	return {
		id: row.id,
		kind: row.kind,
		asset: row.asset,
		amount: Number(row.amount),
		debitAccountId: row.debit_account_id,
		creditAccountId: row.credit_account_id,
		pending: row.pending,
		pendingId: row.pending_id,
		resolution: row.resolution,
		expiresAt: row.expires_at_ms === null ? null : Number(row.expires_at_ms),
		reversesId: row.reverses_id,
		referenceSha256: referenceSha256(row.reference),
		createdAt: Number(row.created_at_ms)
	};
}

/**
 * The oldest transfers waiting for Fabric, in seq order, with the accounts they touch. Times go
 * to whole milliseconds rounding creation down and expiry up, so a capture the database made
 * before its hold's expiry (to the microsecond) is still before it on the ledger.
 */
export async function nextPendingBatch(sql: Sql, limit: number): Promise<PendingBatch | null> {
	const rows = await sql<TransferRow[]>`
		select t.id, t.seq, t.kind, t.asset, t.amount, t.debit_account_id, t.credit_account_id,
			t.pending, t.pending_id, t.resolution, t.reverses_id, t.reference,
			floor(extract(epoch from t.created_at) * 1000)::bigint::text as created_at_ms,
			ceil(extract(epoch from t.expires_at) * 1000)::bigint::text as expires_at_ms
		from ledger_fabric_outbox o join ledger_transfers t on t.id = o.transfer_id
		order by o.seq limit ${limit}`;
	if (rows.length === 0) return null;
	const ids = [...new Set(rows.flatMap((r) => [r.debit_account_id, r.credit_account_id]))];
	const accounts = await sql<
		{ id: string; asset: Asset; kind: AccountKind; floor: string | null }[]
	>`
		select id, asset, kind, floor from ledger_accounts where id = any(${ids}::uuid[]) order by id`;
	const first = rows[0] as TransferRow;
	const last = rows[rows.length - 1] as TransferRow;
	return {
		batchId: `seq-${first.seq}-${last.seq}`,
		accounts: accounts.map((a): BatchAccount => ({
			id: a.id,
			asset: a.asset,
			kind: a.kind,
			floor: a.floor === null ? null : Number(a.floor)
		})),
		transfers: rows.map(toRecord)
	};
}

/** Runs statements on the reserved connection (which holds the Fabric lock) in one transaction. */
async function atomically(sql: postgres.ReservedSql, fn: () => Promise<unknown>): Promise<void> {
	await sql`begin`;
	try {
		await fn();
		await sql`commit`;
	} catch (error) {
		await sql`rollback`;
		throw error;
	}
}

/** Records the anchors and takes the transfers out of the outbox, atomically. */
export async function markAnchored(
	sql: postgres.ReservedSql,
	batchId: string,
	anchors: TransferAnchor[]
): Promise<void> {
	if (anchors.length === 0) return;
	const rows = anchors.map((a) => ({
		transfer_id: a.transferId,
		tx_id: a.txId,
		block_number: a.blockNumber === null ? null : Number(a.blockNumber),
		batch_id: batchId
	}));
	await atomically(sql, async () => {
		await sql`insert into ledger_fabric_anchors ${sql(rows)} on conflict (transfer_id) do nothing`;
		await sql`delete from ledger_fabric_outbox
			where transfer_id = any(${anchors.map((a) => a.transferId)}::uuid[])`;
	});
}

/** Moves refused transfers from the outbox into quarantine, atomically. */
export async function quarantineTransfers(
	sql: postgres.ReservedSql,
	batchId: string,
	transferIds: string[],
	rejection: Rejection
): Promise<void> {
	const rows = transferIds.map((id) => ({
		transfer_id: id,
		batch_id: batchId,
		code: rejection.code,
		refused_transfer_id: rejection.transferId
	}));
	await atomically(sql, async () => {
		await sql`insert into ledger_fabric_quarantine ${sql(rows)} on conflict (transfer_id) do nothing`;
		await sql`delete from ledger_fabric_outbox where transfer_id = any(${transferIds}::uuid[])`;
	});
}

/**
 * Marks journal blocks as anchored once every transfer in them is on Fabric, so receipts show
 * the anchor: the block's anchor is the transaction that recorded its last entry. Per-transfer
 * transaction ids and block numbers stay in ledger_fabric_anchors.
 */
export async function anchorJournalBlocks(
	sql: postgres.Sql | postgres.ReservedSql
): Promise<number> {
	// An entry is anchored by its transfer's or its record's Fabric transaction.
	const rows = await sql`
		insert into ledger_block_anchors (block_number, tx_id)
		select b.number, coalesce(last_anchor.tx_id, last_record.tx_id)
		from ledger_blocks b
		join ledger_journal_entries e on e.position = b.last_position
		left join ledger_fabric_anchors last_anchor on last_anchor.transfer_id = e.transfer_id
		left join ledger_fabric_record_anchors last_record on last_record.record_id = e.record_id
		where coalesce(last_anchor.tx_id, last_record.tx_id) is not null
			and not exists (select 1 from ledger_block_anchors x where x.block_number = b.number)
			and not exists (
				select 1 from ledger_journal_entries inner_e
				left join ledger_fabric_anchors a on a.transfer_id = inner_e.transfer_id
				left join ledger_fabric_record_anchors ra on ra.record_id = inner_e.record_id
				where inner_e.position between b.first_position and b.last_position
					and a.transfer_id is null and ra.record_id is null)
		on conflict (block_number) do nothing
		returning block_number`;
	return rows.length;
}

/** The outbox port of the drain, over PostgreSQL. */
export function postgresOutbox(sql: postgres.ReservedSql): AnchorOutbox {
	return {
		next: (limit) => nextPendingBatch(sql, limit),
		anchored: (batchId, anchors) => markAnchored(sql, batchId, anchors),
		quarantine: (batchId, ids, rejection) => quarantineTransfers(sql, batchId, ids, rejection)
	};
}
