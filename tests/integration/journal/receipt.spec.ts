import { verifyReceipt, type PublicKeys, type Receipt } from '$core/journal';
import { describe, expect, it } from 'vitest';
import { getReceipt, listPublicKeys } from '../../../web/src/lib/server/journal/receipt';
import { createTestDatabase } from '../../helpers/db';
import { createAccounts, drainAll, insertTransfers, testKey } from './fixtures';

const db = await createTestDatabase();
const accounts = await createAccounts(db.sql);

async function publishedKeys(): Promise<PublicKeys> {
	const keys = await listPublicKeys(db.sql);
	return Object.fromEntries(keys.map((k) => [k.keyId, k.publicKey]));
}

describe('receipts', () => {
	const ids: string[] = [];

	it('should follow a transfer from pending to journaled to sealed', async () => {
		ids.push(...(await insertTransfers(db.sql, accounts, 45)));
		const id = ids[40]!;
		expect(await getReceipt(db.sql, id)).toEqual({
			transferId: id,
			status: 'pending',
			entry: null,
			block: null,
			proof: null,
			anchor: null
		});
		await drainAll(db.sql, { blockSize: 20 });
		const journaled = await getReceipt(db.sql, id);
		expect(journaled).toMatchObject({ status: 'journaled', entry: { position: 41 }, block: null });
		const early = await verifyReceipt(journaled!, await publishedKeys());
		expect(early).toMatchObject({ verified: false, failure: 'not_sealed' });
		expect(early.checks.entry_hash).toBe('passed');
		await drainAll(db.sql, { blockSize: 20, sealAfterMs: 1 });
		const sealed = await getReceipt(db.sql, id);
		expect(sealed).toMatchObject({
			status: 'sealed',
			block: { header: { number: 3, firstPosition: 41, lastPosition: 45 } }
		});
	});

	it('should verify every sealed receipt with the published key', async () => {
		const keys = await publishedKeys();
		expect(keys).toEqual({ [testKey.keyId]: testKey.publicKey });
		for (const id of ids) {
			const receipt = (await getReceipt(db.sql, id)) as Receipt;
			const verdict = await verifyReceipt(JSON.parse(JSON.stringify(receipt)) as Receipt, keys);
			expect(verdict.verified, `receipt of ${id}`).toBe(true);
		}
	});

	it('should show the anchor once the block is anchored', async () => {
		await db.sql`insert into ledger_block_anchors (block_number, tx_id) values (1, 'fabric-tx-1')`;
		expect(await getReceipt(db.sql, ids[0]!)).toMatchObject({
			status: 'anchored',
			anchor: { txId: 'fabric-tx-1' }
		});
		expect(await getReceipt(db.sql, ids[30]!)).toMatchObject({ status: 'sealed', anchor: null });
	});

	it.each(['00000000-0000-4000-8000-000000000000', 'not-a-uuid', "'; drop table x; --"])(
		'should return null for the unknown id %s',
		async (id) => {
			expect(await getReceipt(db.sql, id)).toBeNull();
		}
	);

	it('should report a changed payload byte in the receipt check', async () => {
		const id = ids[7]!;
		await db.sql.begin(async (tx) => {
			await tx`set local session_replication_role = replica`;
			await tx`update ledger_journal_entries set payload = replace(payload, '"kind":"volunteer.hours"', '"kind":"volunteer.hourz"') where transfer_id = ${id}`;
		});
		const verdict = await verifyReceipt((await getReceipt(db.sql, id))!, await publishedKeys());
		expect(verdict).toMatchObject({ verified: false, failure: 'entry_hash_mismatch' });
		expect(verdict.checks).toEqual({
			payload: 'passed',
			entry_hash: 'failed',
			merkle_proof: 'skipped',
			signature: 'skipped'
		});
	});

	it('should still serve the journal’s receipt of a transfer deleted behind the ledger, saying so', async () => {
		const id = ids[32]!;
		await db.sql.begin(async (tx) => {
			await tx`set local session_replication_role = replica`;
			await tx`delete from ledger_transfers where id = ${id}`;
		});
		const receipt = await getReceipt(db.sql, id);
		expect(receipt).toMatchObject({ transferId: id, status: 'sealed', inLedger: false });
		// The journal's own evidence still checks: it is the ledger that lost the transfer.
		expect(await verifyReceipt(receipt!, await publishedKeys())).toMatchObject({ verified: true });
		expect((await getReceipt(db.sql, ids[33]!))?.inLedger).toBeUndefined();
	});
});
