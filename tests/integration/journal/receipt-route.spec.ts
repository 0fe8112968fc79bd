import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../helpers/db';
import { createAccounts, drainAll, insertTransfers, testKey } from './fixtures';

const db = await createTestDatabase({ max: 2 });
// The routes take the pool from the composition root, which reads DATABASE_URL on first use.
process.env.DATABASE_URL = db.url;
const receipts = await import('../../../web/src/routes/api/v1/ledger/receipts/[id]/+server');
const keys = await import('../../../web/src/routes/api/v1/ledger/keys/+server');

type Event = Parameters<typeof receipts.GET>[0];
const call = (id: string) => receipts.GET({ params: { id } } as unknown as Event);

describe('GET /api/v1/ledger/receipts/:id', () => {
	it('should answer 404 JSON for an unknown id', async () => {
		const response = await call('0190d1a0-0000-7000-8000-000000000000');
		expect(response.status).toBe(404);
		expect(await response.json()).toEqual({ error: 'receipt_not_found' });
	});

	it('should return the receipt of a sealed transfer and publish its key', async () => {
		const [id] = await insertTransfers(db.sql, await createAccounts(db.sql), 3);
		await drainAll(db.sql, { sealAfterMs: 1 });
		await drainAll(db.sql, { sealAfterMs: 1 });
		const response = await call(id!);
		expect(response.status).toBe(200);
		expect(await response.json()).toMatchObject({
			transferId: id,
			status: 'sealed',
			entry: { position: 1 },
			anchor: null
		});
		const published = await keys.GET({} as unknown as Parameters<typeof keys.GET>[0]);
		expect(await published.json()).toEqual({
			keys: [{ keyId: testKey.keyId, algorithm: 'Ed25519', publicKey: testKey.publicKey }]
		});
	});
});
