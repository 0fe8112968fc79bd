import type postgres from 'postgres';
import type { ReconciliationReport } from './reconcile';

/** Where a transfer stands on Fabric, for receipts and the auditors' page. */
export type FabricStatus =
	| { state: 'pending_ledger' }
	| { state: 'anchored'; txId: string; blockNumber: number | null }
	| { state: 'quarantined'; code: string }
	| { state: 'unknown' };

export async function fabricStatusOf(sql: postgres.Sql, transferId: string): Promise<FabricStatus> {
	const [row] = await sql<
		{ tx_id: string | null; block_number: string | null; code: string | null; waiting: boolean }[]
	>`
		select a.tx_id, a.block_number, q.code,
			exists (select 1 from ledger_fabric_outbox o where o.transfer_id = ${transferId}) as waiting
		from (select 1) one
		left join ledger_fabric_anchors a on a.transfer_id = ${transferId}
		left join ledger_fabric_quarantine q on q.transfer_id = ${transferId}`;
	if (row?.tx_id) {
		const blockNumber = row.block_number === null ? null : Number(row.block_number);
		return { state: 'anchored', txId: row.tx_id, blockNumber };
	}
	if (row?.code) return { state: 'quarantined', code: row.code };
	return row?.waiting ? { state: 'pending_ledger' } : { state: 'unknown' };
}

export interface QuarantinedTransfer {
	transferId: string;
	batchId: string;
	code: string;
	refusedTransferId: string | null;
	createdAt: Date;
}

/** Transfers the chaincode refused that no auditor has looked at yet, oldest first. */
export async function listQuarantine(sql: postgres.Sql): Promise<QuarantinedTransfer[]> {
	const rows = await sql<
		{
			transfer_id: string;
			batch_id: string;
			code: string;
			refused: string | null;
			created_at: Date;
		}[]
	>`
		select transfer_id, batch_id, code, refused_transfer_id as refused, created_at
		from ledger_fabric_quarantine where resolved_at is null order by created_at, transfer_id`;
	return rows.map((r) => ({
		transferId: r.transfer_id,
		batchId: r.batch_id,
		code: r.code,
		refusedTransferId: r.refused,
		createdAt: r.created_at
	}));
}

/** An auditor records what was done about a quarantined transfer; returns false if none open. */
export async function resolveQuarantine(
	sql: postgres.Sql,
	input: { transferId: string; auditorId: number; note: string }
): Promise<boolean> {
	const rows = await sql`
		update ledger_fabric_quarantine
		set resolved_at = now(), resolved_by = ${input.auditorId}, resolution_note = ${input.note}
		where transfer_id = ${input.transferId} and resolved_at is null
		returning transfer_id`;
	return rows.length === 1;
}

/** The newest reconciliation report, or null before the first run. */
export async function latestReconciliation(
	sql: postgres.Sql
): Promise<ReconciliationReport | null> {
	const [row] = await sql<{ report: ReconciliationReport }[]>`
		select report from ledger_fabric_reconciliations order by id desc limit 1`;
	return row?.report ?? null;
}
