import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type postgres from 'postgres';
import { drainOnce, type DrainResult } from '../../../web/src/lib/server/journal/drain';
import { signingKeyFrom } from '../../../web/src/lib/server/journal/signing-key';

/** A fresh Ed25519 key for one spec file. */
export const testKey = signingKeyFrom(generateKeyPairSync('ed25519').privateKey);

/** Two HOUR accounts to move between (the journal never looks at balances). */
export async function createAccounts(sql: postgres.Sql): Promise<[string, string]> {
	const a = randomUUID();
	const b = randomUUID();
	const owner = Math.floor(Math.random() * 1e9);
	await sql`
		insert into ledger_accounts (id, asset, kind, owner_type, owner_id)
		values (${a}, 'HOUR', 'community_issuance', 'community', ${owner}),
			(${b}, 'HOUR', 'resident', 'user', ${owner})`;
	return [a, b];
}

/**
 * Writes `n` transfers with their outbox rows and the accounts' new totals straight in SQL, as
 * the posting service does in one transaction, and returns their ids in seq order.
 */
export async function insertTransfers(
	sql: postgres.Sql,
	accounts: [string, string],
	n: number
): Promise<string[]> {
	const rows = await sql`
		with t as (
			insert into ledger_transfers (id, idempotency_key, request_hash, debit_account_id,
				credit_account_id, asset, amount, kind, reference, actor_id, created_at)
			select gen_random_uuid(), 'test:' || gen_random_uuid(), 'h', ${accounts[0]}, ${accounts[1]},
				'HOUR', 1 + g % 120, 'volunteer.hours', 'activity-slot:' || g, 0, clock_timestamp()
			from generate_series(1, ${n}::int) g
			returning id, seq, amount
		), debited as (
			update ledger_accounts set debits_posted = debits_posted + (select sum(amount) from t)
			where id = ${accounts[0]}
		), credited as (
			update ledger_accounts set credits_posted = credits_posted + (select sum(amount) from t)
			where id = ${accounts[1]}
		)
		insert into ledger_outbox (transfer_id, seq) select id, seq from t returning transfer_id, seq`;
	return [...rows]
		.sort((x, y) => Number(x.seq) - Number(y.seq))
		.map((r) => r.transfer_id as string);
}

export const drainOptions = { batchSize: 500, blockSize: 200, sealAfterMs: 60_000, key: testKey };

/** Drains until the outbox is empty. */
export async function drainAll(
	sql: postgres.Sql,
	options: Partial<typeof drainOptions> = {}
): Promise<DrainResult[]> {
	const results: DrainResult[] = [];
	let r: DrainResult;
	do {
		r = await drainOnce(sql, { ...drainOptions, ...options });
		results.push(r);
	} while (r.more);
	return results;
}

export async function journalPositions(sql: postgres.Sql): Promise<number[]> {
	const rows = await sql`select position from ledger_journal_entries order by position`;
	return rows.map((r) => Number(r.position));
}
