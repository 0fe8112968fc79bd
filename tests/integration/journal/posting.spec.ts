import { parsePayload, verifyReceipt, type Receipt } from '$core/journal';
import { unwrap } from '$core/shared';
import { describe, expect, it } from 'vitest';
import { getReceipt, listPublicKeys } from '../../../web/src/lib/server/journal/receipt';
import { verifyJournal } from '../../../web/src/lib/server/journal/verify';
import { PostingService } from '../../../web/src/lib/server/ledger';
import { createTestDatabase } from '../../helpers/db';
import { drainAll } from './fixtures';

const db = await createTestDatabase({ max: 4 });
const ledger = new PostingService(db.sql);

const meta = (key: string, kind: string) => ({
	idempotencyKey: key,
	actorId: 1,
	kind,
	reference: `test:${key}`
});

describe('journal of transfers written by the posting service', () => {
	it('should journal transfers, holds, captures, voids and reversals so they verify', async () => {
		const account = async (
			ownerType: string,
			ownerId: number,
			kind: 'community_issuance' | 'resident'
		) => unwrap(await ledger.ensureAccount({ ownerType, ownerId, asset: 'HOUR', kind })).id;
		const issuance = await account('community', 1, 'community_issuance');
		const alice = await account('user', 10, 'resident');
		const bob = await account('user', 11, 'resident');
		const move = {
			debitAccountId: issuance,
			creditAccountId: alice,
			asset: 'HOUR' as const,
			amount: 120
		};
		const paid = unwrap(await ledger.transfer({ ...move, ...meta('t1', 'volunteer.hours') }));
		const hold = {
			debitAccountId: alice,
			creditAccountId: bob,
			asset: 'HOUR' as const,
			amount: 30,
			expiresAt: null
		};
		const held = unwrap(await ledger.hold({ ...hold, ...meta('h1', 'redeem.hold') }));
		const captured = unwrap(
			await ledger.capture({ holdId: held.id, ...meta('c1', 'redeem.capture') })
		);
		const held2 = unwrap(await ledger.hold({ ...hold, ...meta('h2', 'redeem.hold') }));
		const voided = unwrap(await ledger.void({ holdId: held2.id, ...meta('v1', 'redeem.void') }));
		const reversed = unwrap(
			await ledger.reverse({ transferId: captured.id, ...meta('r1', 'adjustment') })
		);
		const ids = [paid, held, captured, held2, voided, reversed].map((t) => t.id);

		await drainAll(db.sql, { sealAfterMs: 1 });
		await drainAll(db.sql, { sealAfterMs: 1 });
		expect(await verifyJournal(db.sql)).toEqual({ ok: true, entries: 6, blocks: 1, outbox: 0 });

		const keys = Object.fromEntries(
			(await listPublicKeys(db.sql)).map((k) => [k.keyId, k.publicKey])
		);
		const receipts = await Promise.all(
			ids.map(async (id) => (await getReceipt(db.sql, id)) as Receipt)
		);
		for (const receipt of receipts) {
			expect((await verifyReceipt(receipt, keys)).verified).toBe(true);
		}
		const payloads = receipts.map((r) => parsePayload(r.entry?.payload ?? ''));
		expect(payloads[1]).toMatchObject({ pending: true, amount: '30' });
		expect(payloads[2]).toMatchObject({ pending_id: held.id, resolution: 'capture' });
		expect(payloads[4]).toMatchObject({ pending_id: held2.id, resolution: 'void' });
		expect(payloads[5]).toMatchObject({ reverses_id: captured.id });
		expect(JSON.stringify(receipts)).not.toContain('test:');
	});
});
