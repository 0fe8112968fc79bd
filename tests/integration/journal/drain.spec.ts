import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../helpers/db';
import { drainOnce } from '../../../web/src/lib/server/journal/drain';
import { verifyJournal } from '../../../web/src/lib/server/journal/verify';
import {
	createAccounts,
	drainAll,
	drainOptions,
	insertTransfers,
	journalPositions
} from './fixtures';

const db = await createTestDatabase();
const accounts = await createAccounts(db.sql);

describe('journal drainer', () => {
	it('should journal the outbox in seq order and seal full blocks', async () => {
		const ids = await insertTransfers(db.sql, accounts, 1150);
		const results = await drainAll(db.sql);
		expect(results.map((r) => r.journaled)).toEqual([500, 500, 150]);
		const rows = await db.sql`select transfer_id from ledger_journal_entries order by position`;
		expect(rows.map((r) => r.transfer_id)).toEqual(ids);
		const [outbox] = await db.sql`select count(*)::int as n from ledger_outbox`;
		expect(outbox?.n).toBe(0);
		const blocks =
			await db.sql`select number, first_position, last_position from ledger_blocks order by number`;
		expect(
			blocks.map((b) => [b.number, Number(b.first_position), Number(b.last_position)])
		).toEqual([
			[1, 1, 200],
			[2, 201, 400],
			[3, 401, 600],
			[4, 601, 800],
			[5, 801, 1000]
		]);
		expect(results.at(-1)?.sealDueInMs).toBeGreaterThan(59_000);
	});

	it('should seal a partial block once its oldest entry is old enough', async () => {
		await new Promise((resolve) => setTimeout(resolve, 30));
		const r = await drainOnce(db.sql, { ...drainOptions, sealAfterMs: 20 });
		expect(r).toEqual({ journaled: 0, sealed: 1, more: false, sealDueInMs: null });
		const [last] =
			await db.sql`select first_position, last_position from ledger_blocks order by number desc limit 1`;
		expect([Number(last?.first_position), Number(last?.last_position)]).toEqual([1001, 1150]);
	});

	it('should continue the chain on later drains and pass ledger:verify', async () => {
		await insertTransfers(db.sql, accounts, 30);
		await drainAll(db.sql, { sealAfterMs: 1 });
		expect(await journalPositions(db.sql)).toEqual(Array.from({ length: 1180 }, (_, i) => i + 1));
		expect(await verifyJournal(db.sql)).toEqual({ ok: true, entries: 1180, blocks: 7, outbox: 0 });
	});

	it('should refuse to update or delete journal rows', async () => {
		await expect(
			db.sql`update ledger_journal_entries set payload = 'x' where position = 1`
		).rejects.toThrow(/append-only/);
		await expect(db.sql`delete from ledger_blocks where number = 1`).rejects.toThrow(/append-only/);
		await expect(db.sql`truncate ledger_journal_entries cascade`).rejects.toThrow(/append-only/);
	});

	it('should report outbox rows as waiting, not as a problem', async () => {
		await insertTransfers(db.sql, accounts, 3);
		expect(await verifyJournal(db.sql)).toMatchObject({ ok: true, entries: 1180, outbox: 3 });
	});
});
