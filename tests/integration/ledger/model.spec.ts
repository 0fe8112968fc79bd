import { describe, expect, it } from 'vitest';
import { checkLedgerModel } from '../../model/ledger-commands';
import { createTestDatabase } from '../../helpers/db';

const db = await createTestDatabase({ max: 4 });

describe('posting service against an in-memory model', () => {
	it('should agree with the model on every answer and balance, whatever the arrival order', async () => {
		// A fixed seed keeps the normal run fast and repeatable; `npm run test:model -- --runs N`
		// explores further with fresh seeds.
		await expect(
			checkLedgerModel(db.sql, { seed: 20261122, numRuns: 60 })
		).resolves.toBeUndefined();
	});
});
