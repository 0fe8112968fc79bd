import type postgres from 'postgres';
import { userChannel } from '../../realtime/channels';
import { BALANCE_EVENT } from '../../realtime/live-events';
import type { PostedTransfer } from '../ledger/types';
import { realtime, type RealtimePort } from './realtime';

export { BALANCE_EVENT };

/** What the event carries: only that something changed; pages reload their own figures. */
export interface BalanceEventData {
	/** The newest ledger sequence number among the transfers, so a page can drop stale events. */
	seq: number;
}

/**
 * Tells every resident whose account the committed transfers touched that their balance moved.
 * Called from the posting service's commit hook, after the commit, so nobody hears of a transfer
 * that was rolled back. Best effort: never throws, because a missed live update only means the
 * resident sees the new balance on the next page load.
 */
export async function publishLedgerEvents(
	sql: postgres.Sql,
	transfers: readonly PostedTransfer[],
	port?: RealtimePort
): Promise<void> {
	try {
		const accountIds = [
			...new Set(transfers.flatMap((t) => [t.debitAccountId, t.creditAccountId]))
		];
		if (accountIds.length === 0) return;
		const rows = await sql<{ owner_id: number }[]>`
			select distinct owner_id from ledger_accounts
			where owner_type = 'user' and id = any(${accountIds}::uuid[])`;
		if (rows.length === 0) return;
		const seq = Math.max(...transfers.map((t) => t.seq));
		const data: BalanceEventData = { seq };
		await (port ?? realtime()).trigger(
			rows.map((r) => userChannel(r.owner_id)),
			BALANCE_EVENT,
			data
		);
	} catch (error) {
		console.warn('[realtime] balance update not sent; the transfers went through', error);
	}
}
