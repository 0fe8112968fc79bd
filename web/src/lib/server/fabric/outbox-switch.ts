import type postgres from 'postgres';
import { ADVISORY_LOCKS } from '../../../../../db/locks';

/**
 * The Fabric outbox trigger (db/sql/030-fabric.sql) costs every posting an extra insert, which
 * only matters when something drains that outbox. So the trigger is switched in the database
 * itself, to match whether the app runs with FABRIC_* settings: off, transfers are not queued for
 * Fabric; on again, every transfer not yet anchored, quarantined or queued is queued first.
 */
const TRIGGER = 'ledger_transfers_fabric_outbox';

export interface OutboxSwitch {
	/** Whether the trigger is on now. */
	enabled: boolean;
	/** Whether this call turned it on or off. */
	changed: boolean;
	/** Transfers queued by turning it on: those made while it was off. */
	backfilled: number;
}

/**
 * Turns the Fabric outbox on or off; does nothing when it already is. Turning it on and the
 * backfill run in one transaction behind ALTER TABLE's lock on ledger_transfers, which waits for
 * transactions inserting transfers to finish and holds off new ones until the commit. So every
 * transfer is either already committed and seen by the backfill, or inserted later and queued by
 * the trigger: none is missed, and the backfilled ones keep their place in seq order.
 */
export async function setFabricOutbox(sql: postgres.Sql, enabled: boolean): Promise<OutboxSwitch> {
	return sql.begin(async (tx) => {
		await tx`select pg_advisory_xact_lock(${ADVISORY_LOCKS.fabricOutboxSwitch})`;
		if ((await fabricOutboxEnabled(tx)) === enabled) {
			return { enabled, changed: false, backfilled: 0 };
		}
		if (!enabled) {
			await tx.unsafe(`alter table ledger_transfers disable trigger ${TRIGGER}`);
			return { enabled, changed: true, backfilled: 0 };
		}
		await tx.unsafe(`alter table ledger_transfers enable trigger ${TRIGGER}`);
		const queued = await tx`
			insert into ledger_fabric_outbox (transfer_id, seq)
			select t.id, t.seq from ledger_transfers t
			where not exists (select 1 from ledger_fabric_anchors a where a.transfer_id = t.id)
				and not exists (select 1 from ledger_fabric_quarantine q where q.transfer_id = t.id)
			on conflict (transfer_id) do nothing`;
		return { enabled, changed: true, backfilled: queued.count };
	});
}

/** Whether the Fabric outbox trigger is on. */
export async function fabricOutboxEnabled(
	sql: postgres.Sql | postgres.TransactionSql
): Promise<boolean> {
	const [row] = await sql<{ on: boolean }[]>`
		select tgenabled <> 'D' as on from pg_trigger
		where tgrelid = 'ledger_transfers'::regclass and tgname = ${TRIGGER}`;
	if (!row) throw new Error(`the ${TRIGGER} trigger is missing: run the migrations`);
	return row.on;
}
