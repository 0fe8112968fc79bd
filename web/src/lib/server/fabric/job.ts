import type { Task, TaskList } from 'graphile-worker';
import type postgres from 'postgres';
import { FabricUnavailableError } from '../../../../../chain/gateway/chain-ledger';
import { isFabricConfigured } from '../../../../../chain/gateway/config';
import { database } from '../context';
import { anchorPending } from './anchor';
import { fabricLedger, fabricSettings } from './fabric-context';
import { fabricOutboxEnabled, setFabricOutbox } from './outbox-switch';
import { reconcile, saveReconciliation } from './reconcile';

export const FABRIC_ANCHOR_TASK = 'ledger:fabric-anchor';
export const FABRIC_RECONCILE_TASK = 'ledger:fabric-reconcile';
const ANCHOR_KEY = 'ledger:fabric-anchor';

/** How often an idle anchoring job looks for new transfers, and how long it waits when down. */
const POLL_MS = Number(process.env.FABRIC_POLL_MS ?? 1000);
const DOWN_RETRY_MS = 10_000;
/** One run drains for at most this long, then re-queues itself and yields its worker slot. */
const BUDGET_MS = 20_000;

/**
 * Queues the anchoring job, now or after `delayMs`. One job key, so however often this is called
 * at most one waits in the queue; if one is running, the next is queued behind it.
 */
export async function scheduleAnchoring(sql: postgres.Sql, delayMs = 0): Promise<void> {
	await sql`
		select graphile_worker.add_job(${FABRIC_ANCHOR_TASK},
			run_at => now() + ${delayMs} * interval '1 millisecond',
			job_key => ${ANCHOR_KEY}, job_key_mode => 'replace')`;
}

/**
 * `ledger.fabric.anchor`: drains the Fabric outbox, then schedules itself again: at once if
 * transfers are still waiting, after POLL_MS when idle, after DOWN_RETRY_MS while Fabric is
 * unreachable (the transfers wait as "pending ledger"; nothing is lost or sent twice).
 */
export const fabricAnchorTask: Task = async () => {
	const settings = fabricSettings();
	if (!settings) return;
	const sql = database().sql;
	await ensureOutbox(sql);
	try {
		const ledger = await fabricLedger(settings);
		const run = await anchorPending(sql, ledger, {
			batchSize: settings.batchSize,
			budgetMs: BUDGET_MS
		});
		await scheduleAnchoring(sql, run.locked && run.more ? 0 : POLL_MS);
	} catch (error) {
		if (!(error instanceof FabricUnavailableError)) throw error;
		console.warn(`[fabric] ${error.message}; transfers stay pending`);
		await scheduleAnchoring(sql, DOWN_RETRY_MS);
	}
};

/**
 * The outbox must be on while this app anchors. An instance started without FABRIC_* turns it off
 * (web/server/boot.ts); turning it back on queues the transfers made meanwhile.
 */
async function ensureOutbox(sql: postgres.Sql): Promise<void> {
	if (await fabricOutboxEnabled(sql)) return;
	const { backfilled } = await setFabricOutbox(sql, true);
	console.warn(
		`[fabric] the outbox was off (an instance without FABRIC_* settings?); turned on, ${backfilled} transfers queued`
	);
}

/** `ledger.fabric.reconcile`: compares database and chaincode and keeps the report. */
export const fabricReconcileTask: Task = async () => {
	const settings = fabricSettings();
	if (!settings) return;
	const sql = database().sql;
	const report = await reconcile(sql, await fabricLedger(settings));
	// The anchoring job holds the lock between batches only briefly: failing lets the worker retry.
	if (!report) throw new Error('Fabric reconciliation: the ledger is busy, retrying');
	await saveReconciliation(sql, report);
	if (!report.ok) console.error('[fabric] reconciliation found drift', JSON.stringify(report));
};

/** The Fabric jobs, only when FABRIC_* are set: without them the app runs on its own ledger. */
export function fabricTasks(env: Record<string, string | undefined> = process.env): TaskList {
	if (!isFabricConfigured(env)) return {};
	return { [FABRIC_ANCHOR_TASK]: fabricAnchorTask, [FABRIC_RECONCILE_TASK]: fabricReconcileTask };
}

/** Anchoring every minute as a safety net behind its own re-queueing; reconciliation hourly. */
export function fabricCrontab(env: Record<string, string | undefined> = process.env): string[] {
	if (!isFabricConfigured(env)) return [];
	return [
		`* * * * * ${FABRIC_ANCHOR_TASK} ?jobKey=${ANCHOR_KEY}`,
		`17 * * * * ${FABRIC_RECONCILE_TASK}`
	];
}
