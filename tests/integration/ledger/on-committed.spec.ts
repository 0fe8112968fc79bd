import { describe, expect, it } from 'vitest';
import { PostingService } from '../../../web/src/lib/server/ledger';
import { createTestDatabase } from '../../helpers/db';
import { fundedResident, meta } from './fixtures';

const db = await createTestDatabase({ max: 5 });

describe('PostingService onCommitted', () => {
	it('should be called after a batch that wrote, and not for a replay or a refusal', async () => {
		let calls = 0;
		const service = new PostingService(db.sql, { onCommitted: () => (calls += 1) });
		const { issuer, resident } = await fundedResident(service, 10);
		expect(calls).toBe(1);
		const request = {
			...meta('mutual_aid'),
			debitAccountId: resident,
			creditAccountId: issuer,
			asset: 'POINT' as const,
			amount: 4
		};
		expect((await service.transfer(request)).ok).toBe(true);
		expect(calls).toBe(2);
		const replay = await service.transfer(request);
		expect(replay.ok && replay.value.replayed).toBe(true);
		const refused = await service.transfer({ ...request, ...meta(), amount: 1000 });
		expect(refused).toEqual({ ok: false, error: 'exceeds_floor' });
		expect(calls).toBe(2);
	});
});
