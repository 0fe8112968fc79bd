import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { verifyJournal } from '../../../web/src/lib/server/journal/verify';
import { createTestDatabase } from '../../helpers/db';
import { createAccounts, drainAll, insertTransfers, journalPositions } from './fixtures';

const db = await createTestDatabase({ max: 4 });
const accounts = await createAccounts(db.sql);

async function waitFor<T>(probe: () => Promise<T | undefined>): Promise<T> {
	for (let i = 0; i < 500; i++) {
		const value = await probe();
		if (value !== undefined) return value;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	throw new Error('timed out');
}

describe('a drainer process killed mid-batch', () => {
	it('should lose nothing and duplicate nothing when run again', async () => {
		const ids = await insertTransfers(db.sql, accounts, 700);
		await drainAll(db.sql, { batchSize: 200 });
		const more = await insertTransfers(db.sql, accounts, 450);

		// Hold the outbox rows so the drainer blocks after inserting its entries, mid-transaction.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		const blocker = db.sql.begin(async (tx) => {
			await tx`select 1 from ledger_outbox for update`;
			await held;
		});
		const child = spawn('npx', ['tsx', 'tests/integration/journal/drain-child.ts'], {
			env: { ...process.env, DATABASE_URL: db.url },
			stdio: 'ignore',
			detached: true
		});
		const exited = new Promise((resolve) => child.once('exit', resolve));
		await waitFor(async () => {
			const [row] = await db.sql`
				select 1 from pg_stat_activity where application_name = 'journal-crash-victim'
					and wait_event_type = 'Lock' and query ilike 'delete from ledger_outbox%'`;
			return row;
		});
		// The entries are inserted but not committed: kill the whole process group (npx, tsx, node).
		process.kill(-(child.pid ?? 0), 'SIGKILL');
		await exited;
		release();
		await blocker;
		await waitFor(async () => {
			const [row] = await db.sql`
				select count(*)::int as n from pg_stat_activity where application_name = 'journal-crash-victim'`;
			return row?.n === 0 ? true : undefined;
		});

		expect(await journalPositions(db.sql)).toHaveLength(700);
		await drainAll(db.sql, { batchSize: 200 });
		const rows = await db.sql`select transfer_id from ledger_journal_entries order by position`;
		expect(rows.map((r) => r.transfer_id)).toEqual([...ids, ...more]);
		expect(await journalPositions(db.sql)).toEqual(Array.from({ length: 1150 }, (_, i) => i + 1));
		expect(await verifyJournal(db.sql)).toMatchObject({ ok: true, entries: 1150, outbox: 0 });
	});
});
