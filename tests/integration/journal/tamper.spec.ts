import { spawnSync } from 'node:child_process';
import type postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { verifyJournal } from '../../../web/src/lib/server/journal/verify';
import { createTestDatabase, type TestDatabase } from '../../helpers/db';
import { createAccounts, drainAll, insertTransfers } from './fixtures';

/** A sealed journal of 50 transfers in blocks of 16 (the last block partial). */
async function sealedJournal(): Promise<TestDatabase> {
	const db = await createTestDatabase({ max: 2 });
	await insertTransfers(db.sql, await createAccounts(db.sql), 50);
	await drainAll(db.sql, { blockSize: 16 });
	await new Promise((resolve) => setTimeout(resolve, 5));
	await drainAll(db.sql, { blockSize: 16, sealAfterMs: 1 });
	return db;
}

/** Runs SQL as a superuser who switched the append-only triggers and foreign keys off. */
async function asIntruder(
	sql: postgres.Sql,
	change: (tx: postgres.TransactionSql) => Promise<unknown>
) {
	await sql.begin(async (tx) => {
		await tx`set local session_replication_role = replica`;
		await change(tx);
	});
}

const transferAt = async (sql: postgres.Sql, position: number) =>
	(await sql`select transfer_id from ledger_journal_entries where position = ${position}`)[0]
		?.transfer_id as string;

describe('ledger:verify on a tampered journal', () => {
	it('should pass the untouched journal', async () => {
		const db = await sealedJournal();
		expect(await verifyJournal(db.sql)).toEqual({ ok: true, entries: 50, blocks: 4, outbox: 0 });
	});

	it.each<[string, (tx: postgres.TransactionSql, sql: postgres.Sql) => Promise<unknown>, object]>([
		[
			'one changed byte of a payload',
			(tx) =>
				tx`update ledger_journal_entries set payload = regexp_replace(payload, '"amount":(\\d)', '"amount":9\\1') where position = 23`,
			{ problem: 'entry_hash_mismatch', position: 23 }
		],
		[
			'a payload edited with its own hash recomputed',
			(tx) =>
				tx`update ledger_journal_entries set payload = payload || ' ', entry_hash = encode(sha256(decode(prev_hash, 'hex') || convert_to(payload || ' ', 'UTF8')), 'hex') where position = 30`,
			{ problem: 'payload_mismatch', position: 30 }
		],
		[
			'a deleted journal entry',
			(tx) => tx`delete from ledger_journal_entries where position = 12`,
			{ problem: 'position_gap', position: 13 }
		],
		[
			'a deleted transfer',
			async (tx, sql) => tx`delete from ledger_transfers where id = ${await transferAt(sql, 17)}`,
			{ problem: 'transfer_missing', position: 17 }
		],
		[
			'a changed transfer amount',
			async (tx, sql) =>
				tx`update ledger_transfers set amount = amount + 1 where id = ${await transferAt(sql, 44)}`,
			{ problem: 'payload_mismatch', position: 44 }
		],
		[
			'a transfer that never reached the journal',
			(
				tx
			) => tx`insert into ledger_transfers (id, idempotency_key, request_hash, debit_account_id, credit_account_id, asset, amount, kind, reference, actor_id, created_at)
				select gen_random_uuid(), 'sneaked', 'h', debit_account_id, credit_account_id, asset, 5, kind, 'x', 0, now() from ledger_transfers limit 1`,
			{ problem: 'transfer_not_journaled', position: null }
		],
		[
			'a forged block signature',
			(tx) => tx`update ledger_blocks set signature = repeat('ab', 64) where number = 3`,
			{ problem: 'signature_invalid', block: 3, position: 33 }
		],
		[
			'a changed Merkle root',
			(tx) => tx`update ledger_blocks set merkle_root = repeat('0', 64) where number = 2`,
			{ problem: 'merkle_root_mismatch', block: 2, position: 17 }
		]
	])('should catch %s', async (_name, change, expected) => {
		const db = await sealedJournal();
		await asIntruder(db.sql, (tx) => change(tx, db.sql));
		expect(await verifyJournal(db.sql)).toMatchObject({ ok: false, ...expected });
	});

	it('should make `npm run ledger:verify` exit non-zero naming the position', async () => {
		const db = await sealedJournal();
		const cli = () =>
			spawnSync('npx', ['tsx', 'chain/cli/verify.ts'], {
				env: { ...process.env, DATABASE_URL: db.url },
				encoding: 'utf8'
			});
		const clean = cli();
		expect(clean.stdout, clean.stderr).toContain('ledger:verify OK: 50 entries, 4 blocks');
		expect(clean.status).toBe(0);
		await asIntruder(
			db.sql,
			(tx) =>
				tx`update ledger_journal_entries set payload = replace(payload, '"HOUR"', '"POINT"') where position = 9`
		);
		const tampered = cli();
		expect(tampered.stdout).toContain('ledger:verify FAILED: entry_hash_mismatch at position 9');
		expect(tampered.status).toBe(1);
	});
});
