import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { verifyJournal } from '../../../web/src/lib/server/journal/verify';
import { createTestDatabase } from '../../helpers/db';
import { createAccounts, drainAll, insertTransfers, journalPositions } from './fixtures';

const db = await createTestDatabase({ max: 4 });
const accounts = await createAccounts(db.sql);

describe('two drainers at once', () => {
	it('should still build one contiguous chain with every transfer once', async () => {
		// Two pools stand for two app instances; transfers keep arriving while both drain.
		const a = postgres(db.url, { max: 1, onnotice: () => {} });
		const b = postgres(db.url, { max: 1, onnotice: () => {} });
		const written: string[] = [];
		const writer = (async () => {
			for (let i = 0; i < 10; i++) written.push(...(await insertTransfers(db.sql, accounts, 150)));
		})();
		const drainer = async (sql: postgres.Sql) => {
			for (let i = 0; i < 12; i++) {
				await drainAll(sql, { batchSize: 97, blockSize: 50, sealAfterMs: 5 });
			}
		};
		await Promise.all([writer, drainer(a), drainer(b)]);
		await drainAll(a, { batchSize: 97, blockSize: 50, sealAfterMs: 5 });
		await Promise.all([a.end(), b.end()]);

		expect(await journalPositions(db.sql)).toEqual(Array.from({ length: 1500 }, (_, i) => i + 1));
		const rows = await db.sql`select transfer_id from ledger_journal_entries`;
		expect(new Set(rows.map((r) => r.transfer_id))).toEqual(new Set(written));
		expect(await verifyJournal(db.sql)).toMatchObject({
			ok: true,
			entries: 1500,
			outbox: 0
		});
	});
});
