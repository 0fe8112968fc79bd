import { bytesEqual, concatBytes, fromHex, toHex, utf8 } from './bytes';
import { sha256 as defaultSha256, type Sha256 } from './hash';

/**
 * The hash the first entry links to (and the first block's previous-block hash). A fixed,
 * published value: SHA-256 of the text "linli:journal:genesis:v1".
 */
export const GENESIS_HASH = toHex(defaultSha256(utf8('linli:journal:genesis:v1')));

/** entry_hash = SHA-256(prev_hash bytes || canonical payload bytes), as lower-case hex. */
export function entryHash(prevHash: string, payload: string, hash: Sha256 = defaultSha256): string {
	const prev = fromHex(prevHash);
	if (!prev || prev.length !== 32) throw new Error(`entryHash: malformed previous hash`);
	return toHex(hash(concatBytes(prev, utf8(payload))));
}

export interface JournalEntry {
	position: number;
	prevHash: string;
	entryHash: string;
	payload: string;
}

/**
 * Continues the chain after `head` (the last entry, or null for an empty journal) with the given
 * payloads, in order. Pure: the caller stores the result.
 */
export function appendEntries(
	head: { position: number; entryHash: string } | null,
	payloads: readonly string[],
	hash: Sha256 = defaultSha256
): JournalEntry[] {
	let position = head?.position ?? 0;
	let prevHash = head?.entryHash ?? GENESIS_HASH;
	// Each hash links the next as bytes too, so only the head's hex is decoded (as entryHash does).
	let prev = fromHex(prevHash);
	if (!prev || prev.length !== 32) throw new Error(`appendEntries: malformed head hash`);
	return payloads.map((payload) => {
		position += 1;
		const digest = hash(concatBytes(prev as Uint8Array, utf8(payload)));
		const entry = { position, prevHash, entryHash: toHex(digest), payload };
		prev = digest;
		prevHash = entry.entryHash;
		return entry;
	});
}

export type ChainError = 'position_gap' | 'prev_hash_mismatch' | 'entry_hash_mismatch';

export type ChainCheck = { ok: true } | { ok: false; error: ChainError; position: number };

/**
 * Checks a run of entries continues `head` (null = from genesis): positions contiguous, each
 * prev_hash equal to the previous entry_hash, each entry_hash recomputed from its payload.
 * Stops at the first bad entry and names its position.
 * Errors: position_gap | prev_hash_mismatch | entry_hash_mismatch.
 */
export function verifyChain(
	head: { position: number; entryHash: string } | null,
	entries: readonly JournalEntry[],
	hash: Sha256 = defaultSha256
): ChainCheck {
	let position = head?.position ?? 0;
	let prev = head?.entryHash ?? GENESIS_HASH;
	for (const e of entries) {
		if (e.position !== position + 1) {
			return { ok: false, error: 'position_gap', position: e.position };
		}
		if (e.prevHash !== prev) {
			return { ok: false, error: 'prev_hash_mismatch', position: e.position };
		}
		if (!entryHashMatches(e, hash)) {
			return { ok: false, error: 'entry_hash_mismatch', position: e.position };
		}
		position = e.position;
		prev = e.entryHash;
	}
	return { ok: true };
}

/** True when the entry's hash is what its prev_hash and payload give. */
export function entryHashMatches(
	e: Pick<JournalEntry, 'prevHash' | 'entryHash' | 'payload'>,
	hash: Sha256 = defaultSha256
): boolean {
	const prev = fromHex(e.prevHash);
	const expected = fromHex(e.entryHash);
	if (!prev || prev.length !== 32 || !expected) return false;
	return bytesEqual(hash(concatBytes(prev, utf8(e.payload))), expected);
}
