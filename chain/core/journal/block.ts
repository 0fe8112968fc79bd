import { toHex, utf8 } from './bytes';
import { canonicalJson } from './canonical';
import { GENESIS_HASH } from './chain';
import { sha256 as defaultSha256, type Sha256 } from './hash';
import { merkleRoot } from './merkle';

/**
 * What a block seals: a contiguous range of journal positions, the Merkle root over their entry
 * hashes, the chain head at the end of the range, and the hash of the previous block's header.
 * The signature covers the canonical encoding of exactly these fields.
 */
export interface BlockHeader {
	v: 1;
	number: number;
	firstPosition: number;
	lastPosition: number;
	merkleRoot: string;
	lastEntryHash: string;
	prevBlockHash: string;
	sealedAt: string;
	keyId: string;
}

/** The exact text that is hashed and signed. Field names are part of the format. */
export function encodeHeader(h: BlockHeader): string {
	return canonicalJson({
		v: h.v,
		number: h.number,
		first_position: h.firstPosition,
		last_position: h.lastPosition,
		merkle_root: h.merkleRoot,
		last_entry_hash: h.lastEntryHash,
		prev_block_hash: h.prevBlockHash,
		sealed_at: h.sealedAt,
		key_id: h.keyId
	});
}

export function headerHash(h: BlockHeader, hash: Sha256 = defaultSha256): string {
	return toHex(hash(utf8(encodeHeader(h))));
}

/**
 * Builds the header sealing `entryHashes` (positions firstPosition.. in order) after `prev`,
 * the previous block (null for the first block). Pure; the caller signs encodeHeader(header).
 */
export function buildHeader(
	input: {
		prev: { number: number; lastPosition: number; headerHash: string } | null;
		entryHashes: readonly string[];
		sealedAt: Date;
		keyId: string;
	},
	hash: Sha256 = defaultSha256
): BlockHeader {
	const { prev, entryHashes } = input;
	const last = entryHashes[entryHashes.length - 1];
	if (last === undefined) throw new Error('buildHeader: a block seals at least one entry');
	const firstPosition = (prev?.lastPosition ?? 0) + 1;
	return {
		v: 1,
		number: (prev?.number ?? 0) + 1,
		firstPosition,
		lastPosition: firstPosition + entryHashes.length - 1,
		merkleRoot: merkleRoot(entryHashes, hash),
		lastEntryHash: last,
		prevBlockHash: prev?.headerHash ?? GENESIS_HASH,
		sealedAt: input.sealedAt.toISOString(),
		keyId: input.keyId
	};
}
