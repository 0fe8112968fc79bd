import { bytesEqual, concatBytes, fromHex, toHex } from './bytes';
import { sha256 as defaultSha256, type Sha256 } from './hash';

/*
 * A Merkle tree in the style of RFC 6962 (Certificate Transparency): leaves and inner nodes are
 * hashed with different prefixes so a leaf can never pass for a node. The leaves are the entry
 * hashes of one block, in position order.
 */

const LEAF = new Uint8Array([0x00]);
const NODE = new Uint8Array([0x01]);

export function leafHash(entryHashHex: string, hash: Sha256 = defaultSha256): Uint8Array {
	const data = fromHex(entryHashHex);
	if (!data) throw new Error('leafHash: malformed entry hash');
	return hash(concatBytes(LEAF, data));
}

function nodeHash(left: Uint8Array, right: Uint8Array, hash: Sha256): Uint8Array {
	return hash(concatBytes(NODE, left, right));
}

/** The largest power of two strictly below n (n ≥ 2). */
function split(n: number): number {
	let k = 1;
	while (k * 2 < n) k *= 2;
	return k;
}

function subtreeRoot(leaves: readonly Uint8Array[], hash: Sha256): Uint8Array {
	if (leaves.length === 0) return hash(new Uint8Array(0));
	if (leaves.length === 1) return leaves[0] as Uint8Array;
	const k = split(leaves.length);
	return nodeHash(subtreeRoot(leaves.slice(0, k), hash), subtreeRoot(leaves.slice(k), hash), hash);
}

/** The Merkle root over the given entry hashes (hex in, hex out). */
export function merkleRoot(entryHashes: readonly string[], hash: Sha256 = defaultSha256): string {
	return toHex(
		subtreeRoot(
			entryHashes.map((h) => leafHash(h, hash)),
			hash
		)
	);
}

/** RFC 6962 PATH(m, D[n]): the sibling hashes from the leaf up to the root, as hex. */
export function inclusionProof(
	entryHashes: readonly string[],
	index: number,
	hash: Sha256 = defaultSha256
): string[] {
	if (!Number.isInteger(index) || index < 0 || index >= entryHashes.length) {
		throw new Error(`inclusionProof: index ${index} outside 0..${entryHashes.length - 1}`);
	}
	const path: Uint8Array[] = [];
	let leaves = entryHashes.map((h) => leafHash(h, hash));
	let m = index;
	// Walk down from the root, remembering the sibling subtree at each split; reverse at the end.
	while (leaves.length > 1) {
		const k = split(leaves.length);
		if (m < k) {
			path.push(subtreeRoot(leaves.slice(k), hash));
			leaves = leaves.slice(0, k);
		} else {
			path.push(subtreeRoot(leaves.slice(0, k), hash));
			leaves = leaves.slice(k);
			m -= k;
		}
	}
	return path.reverse().map(toHex);
}

/**
 * RFC 9162 §2.1.3.2: recomputes the root from an entry hash, its index, the tree size and the
 * audit path, and compares it with the expected root. False for any malformed input.
 */
export function verifyInclusion(
	input: {
		entryHash: string;
		index: number;
		treeSize: number;
		path: readonly string[];
		root: string;
	},
	hash: Sha256 = defaultSha256
): boolean {
	const { index, treeSize } = input;
	if (!Number.isSafeInteger(index) || !Number.isSafeInteger(treeSize)) return false;
	if (index < 0 || index >= treeSize) return false;
	const root = fromHex(input.root);
	const leafData = fromHex(input.entryHash);
	if (!root || root.length !== 32 || !leafData || leafData.length !== 32) return false;
	let fn = index;
	let sn = treeSize - 1;
	let r = hash(concatBytes(LEAF, leafData));
	for (const hex of input.path) {
		const p = fromHex(hex);
		if (!p || p.length !== 32 || sn === 0) return false;
		if (fn % 2 === 1 || fn === sn) {
			r = nodeHash(p, r, hash);
			while (fn % 2 === 0 && fn !== 0) {
				fn = Math.floor(fn / 2);
				sn = Math.floor(sn / 2);
			}
		} else {
			r = nodeHash(r, p, hash);
		}
		fn = Math.floor(fn / 2);
		sn = Math.floor(sn / 2);
	}
	return sn === 0 && bytesEqual(r, root);
}
