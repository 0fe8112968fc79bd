import { isHash } from './bytes';
import { headerHash, type BlockHeader } from './block';
import { isRecordKind, type RecordKind } from '../records';
import { entryHashMatches } from './chain';
import { verifyInclusion } from './merkle';
import { parseEntryPayload } from './record';
import { verifyHeaderSignature } from './signature';

const STATUSES = ['pending', 'journaled', 'sealed', 'anchored'] as const;
export type ReceiptStatus = (typeof STATUSES)[number];

/** Where an entry stands and the evidence that it is in a signed block. */
export interface ReceiptProof {
	status: ReceiptStatus;
	entry: { position: number; prevHash: string; entryHash: string; payload: string } | null;
	block: { header: BlockHeader; headerHash: string; signature: string; keyId: string } | null;
	proof: { leafIndex: number; treeSize: number; path: string[] } | null;
	/** The Fabric transaction id once the block is anchored; null until then. */
	anchor: { txId: string } | null;
}

/**
 * What GET /api/v1/ledger/receipts/:id returns; anyone holding it can check it offline. A
 * transfer's receipt names the transfer (the shape receipts have always had); a record's receipt
 * names the record and its kind.
 */
export type Receipt = ReceiptProof &
	({ transferId: string } | { recordId: string; recordKind: RecordKind });

/** The entry a receipt is about: what its payload must say. */
export function receiptSubject(r: Receipt): { type: 'transfer' | 'record'; id: string } {
	return 'transferId' in r
		? { type: 'transfer', id: r.transferId }
		: { type: 'record', id: r.recordId };
}

export type ReceiptCheckName = 'payload' | 'entry_hash' | 'merkle_proof' | 'signature';
export type ReceiptCheckState = 'passed' | 'failed' | 'skipped';

/**
 * The first check that failed, or why the receipt cannot be fully checked yet:
 * not_journaled (still in the outbox) | not_sealed (no block yet) | payload_malformed |
 * transfer_mismatch | record_mismatch | entry_hash_mismatch | proof_invalid | header_hash_mismatch | key_unknown |
 * signature_invalid | signature_unsupported.
 */
export type ReceiptFailure =
	| 'not_journaled'
	| 'not_sealed'
	| 'payload_malformed'
	| 'transfer_mismatch'
	| 'record_mismatch'
	| 'entry_hash_mismatch'
	| 'proof_invalid'
	| 'header_hash_mismatch'
	| 'key_unknown'
	| 'signature_invalid'
	| 'signature_unsupported';

export interface ReceiptVerdict {
	verified: boolean;
	failure: ReceiptFailure | null;
	checks: Record<ReceiptCheckName, ReceiptCheckState>;
}

/** Published signing keys by key id (raw Ed25519 public keys, hex). */
export type PublicKeys = Readonly<Record<string, string>>;

/**
 * Checks a receipt end to end: the payload is canonical and names the transfer or record (a
 * record's body also passes its kind's check), the entry hash
 * follows from prev_hash and payload, the Merkle path leads from the entry to the block's root,
 * the header hash matches, and the header carries a valid signature by a published key.
 */
export async function verifyReceipt(receipt: Receipt, keys: PublicKeys): Promise<ReceiptVerdict> {
	const checks: Record<ReceiptCheckName, ReceiptCheckState> = {
		payload: 'skipped',
		entry_hash: 'skipped',
		merkle_proof: 'skipped',
		signature: 'skipped'
	};
	const fail = (name: ReceiptCheckName | null, failure: ReceiptFailure): ReceiptVerdict => {
		if (name) checks[name] = 'failed';
		return { verified: false, failure, checks };
	};
	const { entry, block, proof } = receipt;
	if (!entry) return fail(null, 'not_journaled');
	const parsed = parseEntryPayload(entry.payload);
	if (!parsed) return fail('payload', 'payload_malformed');
	const subject = receiptSubject(receipt);
	if (parsed.type !== subject.type || parsed.payload.id !== subject.id) {
		return fail('payload', subject.type === 'transfer' ? 'transfer_mismatch' : 'record_mismatch');
	}
	checks.payload = 'passed';
	if (!entryHashMatches(entry)) return fail('entry_hash', 'entry_hash_mismatch');
	checks.entry_hash = 'passed';
	if (!block || !proof) return fail(null, 'not_sealed');
	const h = block.header;
	const inclusion = {
		entryHash: entry.entryHash,
		index: entry.position - h.firstPosition,
		treeSize: h.lastPosition - h.firstPosition + 1,
		path: proof.path,
		root: h.merkleRoot
	};
	const proofMatchesHeader =
		proof.leafIndex === inclusion.index && proof.treeSize === inclusion.treeSize;
	if (!proofMatchesHeader || !verifyInclusion(inclusion)) {
		return fail('merkle_proof', 'proof_invalid');
	}
	checks.merkle_proof = 'passed';
	if (headerHash(h) !== block.headerHash) return fail('signature', 'header_hash_mismatch');
	const key = keys[h.keyId];
	if (!key || block.keyId !== h.keyId) return fail('signature', 'key_unknown');
	const signature = await verifyHeaderSignature(h, block.signature, key);
	if (signature === 'unsupported') return fail(null, 'signature_unsupported');
	if (signature === 'invalid') return fail('signature', 'signature_invalid');
	checks.signature = 'passed';
	return { verified: true, failure: null, checks };
}

/** Shape check for a receipt pasted as JSON; null when it is not one. */
export function parseReceipt(value: unknown): Receipt | null {
	if (typeof value !== 'object' || value === null) return null;
	const r = value as Partial<ReceiptProof> & Record<string, unknown>;
	const subject = subjectOf(r);
	if (!subject || !STATUSES.includes(r.status as ReceiptStatus)) return null;
	const e = r.entry;
	if (e !== null && e !== undefined) {
		const ok =
			typeof e === 'object' &&
			Number.isSafeInteger(e.position) &&
			isHash(e.prevHash) &&
			isHash(e.entryHash) &&
			typeof e.payload === 'string';
		if (!ok) return null;
	}
	const b = r.block;
	if (b !== null && b !== undefined && !isBlock(b)) return null;
	const p = r.proof;
	if (p !== null && p !== undefined) {
		const ok =
			typeof p === 'object' &&
			Number.isSafeInteger(p.leafIndex) &&
			Number.isSafeInteger(p.treeSize) &&
			Array.isArray(p.path) &&
			p.path.every((x) => typeof x === 'string');
		if (!ok) return null;
	}
	return {
		...subject,
		status: r.status as ReceiptStatus,
		entry: e ?? null,
		block: b ?? null,
		proof: p ?? null,
		anchor: r.anchor ?? null
	};
}

function subjectOf(
	r: Record<string, unknown>
): { transferId: string } | { recordId: string; recordKind: RecordKind } | null {
	if (typeof r.transferId === 'string') return { transferId: r.transferId };
	if (typeof r.recordId === 'string' && isRecordKind(r.recordKind)) {
		return { recordId: r.recordId, recordKind: r.recordKind };
	}
	return null;
}

function isBlock(b: unknown): b is NonNullable<Receipt['block']> {
	if (typeof b !== 'object' || b === null) return false;
	const { header: h, headerHash: hh, signature, keyId } = b as Record<string, unknown>;
	if (typeof h !== 'object' || h === null) return false;
	const x = h as Record<string, unknown>;
	return (
		typeof hh === 'string' &&
		typeof signature === 'string' &&
		typeof keyId === 'string' &&
		x.v === 1 &&
		['number', 'firstPosition', 'lastPosition'].every((k) => Number.isSafeInteger(x[k])) &&
		['merkleRoot', 'lastEntryHash', 'prevBlockHash'].every((k) => isHash(x[k])) &&
		typeof x.sealedAt === 'string' &&
		typeof x.keyId === 'string'
	);
}
