import { sql } from 'drizzle-orm';
import { ADVISORY_LOCKS } from '../../../../../db/locks';
import type { Executor } from '../auth/db';

export type FloorChange =
	| { ok: true; updated: number }
	| { ok: false; error: 'invalid_floor' }
	/** `below`: how many of the accounts already sit under the new floor; nothing changed. */
	| { ok: false; error: 'balances_below_floor'; below: number };

/**
 * Moves the floor of the given users' resident HOUR accounts (a community changed its credit
 * limit). Call it inside the caller's transaction, so the setting, the floors and the audit entry
 * commit together. It takes the posting lock first, as every posting batch does, so no transfer
 * can lower a balance between the check and the update; it refuses, changing nothing, when any
 * account's available balance is already under the new floor (the CHECK would refuse it anyway).
 */
export async function setResidentHourFloors(
	tx: Executor,
	ownerIds: readonly number[],
	floor: number
): Promise<FloorChange> {
	if (!Number.isSafeInteger(floor) || floor > 0) return { ok: false, error: 'invalid_floor' };
	if (ownerIds.length === 0) return { ok: true, updated: 0 };
	await tx.execute(sql`select pg_advisory_xact_lock(${ADVISORY_LOCKS.posting})`);
	const ids = sql`array[${sql.join(
		ownerIds.map((id) => sql`${id}`),
		sql`, `
	)}]::int[]`;
	const mine = sql`owner_type = 'user' and kind = 'resident' and asset = 'HOUR'
		and owner_id = any(${ids})`;
	const [count] = [
		...(await tx.execute<{ below: number }>(sql`
			select count(*)::int as below from ledger_accounts
			where ${mine} and credits_posted - debits_posted - debits_pending < ${floor}`))
	];
	const below = Number(count?.below ?? 0);
	if (below > 0) return { ok: false, error: 'balances_below_floor', below };
	const updated = await tx.execute<{ id: string }>(sql`
		update ledger_accounts set floor = ${floor}
		where ${mine} and floor is distinct from ${floor} returning id`);
	return { ok: true, updated: [...updated].length };
}
