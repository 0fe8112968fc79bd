import { describe, expect, it } from 'vitest';
import { unwrap } from '../../../chain/core/shared';
import { PostingService } from '../../../web/src/lib/server/ledger';
import { createTestDatabase } from '../../helpers/db';
import { fundedResident, meta } from './fixtures';

const db = await createTestDatabase({ max: 3 });
const service = new PostingService(db.sql);

describe('the database itself', () => {
	it('should refuse UPDATE, DELETE and TRUNCATE of ledger_transfers', async () => {
		const { issuer, resident } = await fundedResident(service, 10);
		const t = unwrap(
			await service.transfer({
				...meta(),
				debitAccountId: resident,
				creditAccountId: issuer,
				asset: 'POINT',
				amount: 1
			})
		);
		await expect(db.sql`update ledger_transfers set amount = 2 where id = ${t.id}`).rejects.toThrow(
			/append-only/
		);
		await expect(db.sql`delete from ledger_transfers where id = ${t.id}`).rejects.toThrow(
			/append-only/
		);
		await expect(db.sql`truncate ledger_transfers cascade`).rejects.toThrow(/append-only/);
		const rows = await db.sql`select amount::int from ledger_transfers where id = ${t.id}`;
		expect(rows[0]?.amount).toBe(1);
	});

	it('should refuse a balance below the floor even from code that bypasses the service', async () => {
		const { resident } = await fundedResident(service, 10);
		await expect(
			db.sql`update ledger_accounts set debits_posted = 11 where id = ${resident}`
		).rejects.toThrow(/ledger_accounts_floor/);
		await expect(
			db.sql`update ledger_accounts set debits_pending = -1 where id = ${resident}`
		).rejects.toThrow(/non_negative/);
	});

	it('should refuse a second resolution of a hold at the database', async () => {
		const { issuer, resident } = await fundedResident(service, 10);
		const hold = unwrap(
			await service.hold({
				...meta(),
				debitAccountId: resident,
				creditAccountId: issuer,
				asset: 'POINT',
				amount: 5,
				expiresAt: null
			})
		);
		const capture = unwrap(await service.capture({ ...meta(), holdId: hold.id }));
		const copy = db.sql`
			insert into ledger_transfers (id, idempotency_key, request_hash, debit_account_id, credit_account_id,
				asset, amount, kind, pending_id, resolution, reference, actor_id, created_at)
			select gen_random_uuid(), 'dup', 'x', debit_account_id, credit_account_id, asset, amount, kind,
				pending_id, 'void', reference, actor_id, now() from ledger_transfers where id = ${capture.id}`;
		await expect(copy).rejects.toThrow(/pending_id/);
	});
});
