import type postgres from 'postgres';
import type { TallySubmission } from '../../../../../chain/chaincode/tally';
import type { ChainLedger } from '../../../../../chain/gateway/chain-ledger';
import type { CouncilTallyBody } from '../../../../../chain/core/records';

export interface RecordAnchorRun {
	anchored: number;
	refused: number;
}

interface PendingRecord {
	id: string;
	kind: string;
	body: string;
	created_at_ms: string;
}

/**
 * Sends typed records (council tallies) waiting for Fabric, oldest first, one transaction each:
 * they are few, and unlike transfers none depends on another. A record the chaincode refuses
 * stays in the outbox with the code, for an auditor, and the rest go on. Runs on the reserved
 * connection that holds the Fabric lock, after the transfers.
 */
export async function anchorPendingRecords(
	sql: postgres.ReservedSql,
	ledger: Pick<ChainLedger, 'recordCouncilTally'>,
	limit: number
): Promise<RecordAnchorRun> {
	const rows = await sql<PendingRecord[]>`
		select r.id, r.kind, r.body::text as body,
			(extract(epoch from date_trunc('milliseconds', r.created_at)) * 1000)::bigint::text as created_at_ms
		from ledger_fabric_record_outbox o join ledger_records r on r.id = o.record_id
		where o.refused_code is null order by o.seq limit ${limit}`;
	const run: RecordAnchorRun = { anchored: 0, refused: 0 };
	for (const row of rows) {
		const result = await ledger.recordCouncilTally(toSubmission(row));
		if (result.status === 'rejected') {
			await sql`update ledger_fabric_record_outbox
				set refused_code = ${result.rejection.code}, refused_at = now() where record_id = ${row.id}`;
			run.refused += 1;
			continue;
		}
		const block = result.blockNumber === null ? null : Number(result.blockNumber);
		// A reserved connection has no sql.begin: the transaction is spelled out.
		await sql`begin`;
		try {
			await sql`insert into ledger_fabric_record_anchors (record_id, tx_id, block_number)
				values (${row.id}, ${result.txId}, ${block}) on conflict (record_id) do nothing`;
			await sql`delete from ledger_fabric_record_outbox where record_id = ${row.id}`;
			await sql`commit`;
		} catch (error) {
			await sql`rollback`;
			throw error;
		}
		run.anchored += 1;
	}
	return run;
}

function toSubmission(row: PendingRecord): TallySubmission {
	if (row.kind !== 'council.tally') {
		throw new Error(`record ${row.id}: no Fabric path for ${row.kind}`);
	}
	return {
		id: row.id,
		kind: 'council.tally',
		body: JSON.parse(row.body) as CouncilTallyBody,
		createdAt: Number(row.created_at_ms)
	};
}
