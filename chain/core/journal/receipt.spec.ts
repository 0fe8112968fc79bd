import { describe, expect, it } from 'vitest';
import { buildHeader, encodeHeader, headerHash, type BlockHeader } from './block';
import { toHex, utf8 } from './bytes';
import { entryHash } from './chain';
import { sampleJournal } from './fixtures';
import { inclusionProof } from './merkle';
import { parseReceipt, verifyReceipt, type Receipt } from './receipt';
import { keyIdOf, verifyHeaderSignature } from './signature';

const subtle = globalThis.crypto.subtle;
const pair = (await subtle.generateKey({ name: 'Ed25519' }, true, [
	'sign',
	'verify'
])) as CryptoKeyPair;
const publicKey = toHex(new Uint8Array(await subtle.exportKey('raw', pair.publicKey)));
const keyId = keyIdOf(publicKey);
const keys = { [keyId]: publicKey };

async function sign(header: BlockHeader): Promise<string> {
	const message = new Uint8Array(utf8(encodeHeader(header)));
	const sig = await subtle.sign('Ed25519', pair.privateKey, message);
	return toHex(new Uint8Array(sig));
}

/** A sealed receipt for position `at` of a 9-entry journal sealed as blocks 1..4 and 5..9. */
async function sealedReceipt(at = 7): Promise<Receipt> {
	const journal = sampleJournal(9);
	const first = buildHeader({
		prev: null,
		entryHashes: journal.slice(0, 4).map((e) => e.entryHash),
		sealedAt: new Date(0),
		keyId
	});
	const prev = { number: 1, lastPosition: 4, headerHash: headerHash(first) };
	const hashes = journal.slice(4).map((e) => e.entryHash);
	const header = buildHeader({ prev, entryHashes: hashes, sealedAt: new Date(1000), keyId });
	const entry = journal[at - 1]!;
	const transferId = JSON.parse(entry.payload).id as string;
	return {
		transferId,
		status: 'sealed',
		entry,
		block: { header, headerHash: headerHash(header), signature: await sign(header), keyId },
		proof: { leafIndex: at - 5, treeSize: 5, path: inclusionProof(hashes, at - 5) },
		anchor: null
	};
}

describe('block header', () => {
	it('should chain to the previous block and cover the next positions', async () => {
		const r = await sealedReceipt();
		expect(r.block?.header).toMatchObject({ number: 2, firstPosition: 5, lastPosition: 9, v: 1 });
		expect(encodeHeader(r.block!.header)).toMatch(
			/^\{"first_position":5,"key_id":"[0-9a-f]{16}","last_entry_hash"/
		);
	});

	it('should verify a signature only for the exact header and key', async () => {
		const { block } = await sealedReceipt();
		const h = block!.header;
		expect(await verifyHeaderSignature(h, block!.signature, publicKey)).toBe('valid');
		expect(
			await verifyHeaderSignature({ ...h, lastPosition: 10 }, block!.signature, publicKey)
		).toBe('invalid');
		const other = (await subtle.generateKey({ name: 'Ed25519' }, true, [
			'sign',
			'verify'
		])) as CryptoKeyPair;
		const otherKey = toHex(new Uint8Array(await subtle.exportKey('raw', other.publicKey)));
		expect(await verifyHeaderSignature(h, block!.signature, otherKey)).toBe('invalid');
		expect(await verifyHeaderSignature(h, 'ab', publicKey)).toBe('invalid');
	});
});

describe('verifyReceipt', () => {
	it.each([5, 6, 7, 8, 9])('should verify a sealed receipt for position %i', async (at) => {
		const verdict = await verifyReceipt(await sealedReceipt(at), keys);
		expect(verdict).toEqual({
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

	it.each<[string, (r: Receipt) => Receipt, string, string | null]>([
		[
			'a pending transfer',
			(r) => ({ ...r, status: 'pending', entry: null, block: null, proof: null }),
			'not_journaled',
			null
		],
		[
			'an unsealed entry',
			(r) => ({ ...r, status: 'journaled', block: null, proof: null }),
			'not_sealed',
			null
		],
		[
			'a non-canonical payload',
			(r) => ({ ...r, entry: { ...r.entry!, payload: r.entry!.payload + ' ' } }),
			'payload_malformed',
			'payload'
		],
		[
			'another transfer id',
			(r) => ({ ...r, transferId: '0190d1a0-0000-7000-8000-999999999999' }),
			'transfer_mismatch',
			'payload'
		],
		[
			'an edited amount',
			(r) => ({
				...r,
				entry: { ...r.entry!, payload: r.entry!.payload.replace('"amount":7', '"amount":8') }
			}),
			'entry_hash_mismatch',
			'entry_hash'
		],
		[
			'a recomputed entry hash',
			(r) => ({
				...r,
				entry: {
					...r.entry!,
					payload: r.entry!.payload.replace('"amount":7', '"amount":8'),
					entryHash: entryHash(
						r.entry!.prevHash,
						r.entry!.payload.replace('"amount":7', '"amount":8')
					)
				}
			}),
			'proof_invalid',
			'merkle_proof'
		],
		[
			'a shortened proof',
			(r) => ({ ...r, proof: { ...r.proof!, path: r.proof!.path.slice(1) } }),
			'proof_invalid',
			'merkle_proof'
		],
		[
			'a proof for another leaf',
			(r) => ({ ...r, proof: { ...r.proof!, leafIndex: 0 } }),
			'proof_invalid',
			'merkle_proof'
		],
		[
			'an edited header',
			(r) => ({
				...r,
				block: { ...r.block!, header: { ...r.block!.header, sealedAt: new Date(5).toISOString() } }
			}),
			'header_hash_mismatch',
			'signature'
		],
		[
			'an unknown key',
			(r) => ({
				...r,
				block: {
					...r.block!,
					header: { ...r.block!.header, keyId: '00' },
					headerHash: headerHash({ ...r.block!.header, keyId: '00' })
				}
			}),
			'key_unknown',
			'signature'
		],
		[
			'a forged signature',
			(r) => ({
				...r,
				block: {
					...r.block!,
					signature: r.block!.signature.replace(/^../, (x) => (x === '00' ? '01' : '00'))
				}
			}),
			'signature_invalid',
			'signature'
		]
	])('should report %s', async (_name, tamper, failure, failedCheck) => {
		const verdict = await verifyReceipt(tamper(await sealedReceipt()), keys);
		expect(verdict.verified).toBe(false);
		expect(verdict.failure).toBe(failure);
		const failed = Object.entries(verdict.checks)
			.filter(([, s]) => s === 'failed')
			.map(([n]) => n);
		expect(failed).toEqual(failedCheck ? [failedCheck] : []);
	});
});

describe('parseReceipt', () => {
	it('should accept a receipt that went through JSON', async () => {
		const r = await sealedReceipt();
		expect(parseReceipt(JSON.parse(JSON.stringify(r)))).toEqual(r);
	});

	it.each([
		null,
		'x',
		{},
		{ transferId: 'a', status: 'lost' },
		{ transferId: 'a', status: 'sealed', entry: { position: 'x' } }
	])('should reject %j', (value) => {
		expect(parseReceipt(value)).toBeNull();
	});
});
