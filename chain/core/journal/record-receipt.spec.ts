import { describe, expect, it } from 'vitest';
import { buildHeader, encodeHeader, headerHash } from './block';
import { toHex, utf8 } from './bytes';
import { appendEntries } from './chain';
import { encodeTransfer } from './canonical';
import { inclusionProof } from './merkle';
import { parseReceipt, verifyReceipt, type Receipt } from './receipt';
import { encodeRecord } from './record';
import { keyIdOf } from './signature';
import { V1_TRANSFERS, sampleRecord } from './v1-fixture';

const subtle = globalThis.crypto.subtle;
const pair = (await subtle.generateKey({ name: 'Ed25519' }, true, [
	'sign',
	'verify'
])) as CryptoKeyPair;
const publicKey = toHex(new Uint8Array(await subtle.exportKey('raw', pair.publicKey)));
const keyId = keyIdOf(publicKey);
const keys = { [keyId]: publicKey };

/** One block holding the frozen v1 transfers and then a tally record, signed. */
async function sealedBlock() {
	const payloads = [...V1_TRANSFERS.map((t) => encodeTransfer(t)), encodeRecord(sampleRecord)];
	const entries = appendEntries(null, payloads);
	const hashes = entries.map((e) => e.entryHash);
	const header = buildHeader({ prev: null, entryHashes: hashes, sealedAt: new Date(0), keyId });
	const message = new Uint8Array(utf8(encodeHeader(header)));
	const signature = toHex(new Uint8Array(await subtle.sign('Ed25519', pair.privateKey, message)));
	return {
		entries,
		block: { header, headerHash: headerHash(header), signature, keyId },
		proof: (i: number) => ({
			leafIndex: i,
			treeSize: hashes.length,
			path: inclusionProof(hashes, i)
		})
	};
}

const sealed = await sealedBlock();
const recordReceipt: Receipt = {
	recordId: sampleRecord.id,
	recordKind: 'council.tally',
	status: 'sealed',
	entry: sealed.entries[5]!,
	block: sealed.block,
	proof: sealed.proof(5),
	anchor: null
};

describe('a tally record receipt', () => {
	it('should verify in a block shared with v1 transfers', async () => {
		expect(await verifyReceipt(recordReceipt, keys)).toEqual({
			verified: true,
			failure: null,
			checks: {
				payload: 'passed',
				entry_hash: 'passed',
				merkle_proof: 'passed',
				signature: 'passed'
			}
		});
	});

	it('should still verify the transfers around it', async () => {
		const transfer: Receipt = {
			transferId: V1_TRANSFERS[2]!.id,
			status: 'sealed',
			entry: sealed.entries[2]!,
			block: sealed.block,
			proof: sealed.proof(2),
			anchor: null
		};
		expect((await verifyReceipt(transfer, keys)).verified).toBe(true);
	});

	it.each<[string, Receipt, string]>([
		['another record id', { ...recordReceipt, recordId: 'x' }, 'record_mismatch'],
		[
			'a transfer entry under a record receipt',
			{ ...recordReceipt, entry: sealed.entries[0]!, proof: sealed.proof(0) },
			'record_mismatch'
		],
		[
			'an edited count',
			{
				...recordReceipt,
				entry: {
					...recordReceipt.entry!,
					payload: recordReceipt.entry!.payload.replace('"yes":7', '"yes":8')
				}
			},
			'payload_malformed'
		],
		[
			'a consistent but edited count',
			{
				...recordReceipt,
				entry: {
					...recordReceipt.entry!,
					payload: recordReceipt
						.entry!.payload.replace('"abstain":1', '"abstain":0')
						.replace('"turnout":10', '"turnout":9')
				}
			},
			'entry_hash_mismatch'
		]
	])('should report %s', async (_name, receipt, failure) => {
		expect((await verifyReceipt(receipt, keys)).failure).toBe(failure);
	});

	it('should survive JSON and refuse an unknown record kind', () => {
		expect(parseReceipt(JSON.parse(JSON.stringify(recordReceipt)))).toEqual(recordReceipt);
		expect(parseReceipt({ ...recordReceipt, recordKind: 'council.other' })).toBeNull();
	});
});
