import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes, fromHex, toHex } from './bytes';
import { inclusionProof, merkleRoot, verifyInclusion } from './merkle';

const hashes = (n: number) =>
	Array.from({ length: n }, (_, i) => toHex(new Uint8Array(32).fill(i + 1)));

/** An independent RFC 6962 reference on another SHA-256 implementation, to cross-check. */
function referenceRoot(entryHashes: string[]): string {
	const h = (...parts: Uint8Array[]) => nobleSha256(concatBytes(...parts));
	const mth = (d: Uint8Array[]): Uint8Array => {
		if (d.length === 0) return h();
		if (d.length === 1) return h(new Uint8Array([0]), d[0]!);
		let k = 1;
		while (k * 2 < d.length) k *= 2;
		return h(new Uint8Array([1]), mth(d.slice(0, k)), mth(d.slice(k)));
	};
	return toHex(mth(entryHashes.map((x) => fromHex(x)!)));
}

describe('merkle tree', () => {
	it.each([1, 2, 3, 4, 5, 7, 8, 9, 100, 1000])(
		'should agree with the reference root for %i leaves',
		(n) => {
			expect(merkleRoot(hashes(n))).toBe(referenceRoot(hashes(n)));
		}
	);

	it('should give the RFC 6962 empty-tree root', () => {
		expect(merkleRoot([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
	});

	it.each([
		[1, 0, 0],
		[2, 1, 1],
		[5, 4, 1],
		[7, 3, 3],
		[8, 5, 3]
	])('should give a %i-leaf tree a proof for index %i of length %i', (n, index, length) => {
		expect(inclusionProof(hashes(n), index)).toHaveLength(length);
	});

	it('should verify every valid proof', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 70 }).chain((n) => fc.tuple(fc.constant(n), fc.nat(n - 1))),
				([n, index]) => {
					const leaves = hashes(n);
					const path = inclusionProof(leaves, index);
					const root = merkleRoot(leaves);
					expect(
						verifyInclusion({ entryHash: leaves[index]!, index, treeSize: n, path, root })
					).toBe(true);
				}
			)
		);
	});

	it('should reject a proof when any byte changes or the index moves', () => {
		const leaves = hashes(13);
		const root = merkleRoot(leaves);
		fc.assert(
			fc.property(
				fc.nat(12),
				fc.nat(),
				fc.constantFrom('path', 'leaf', 'root', 'index'),
				(index, at, what) => {
					const path = inclusionProof(leaves, index);
					const flip = (hex: string, i: number) =>
						hex.slice(0, i) + (hex[i] === '0' ? '1' : '0') + hex.slice(i + 1);
					const input = { entryHash: leaves[index]!, index, treeSize: 13, path, root };
					if (what === 'path') {
						const p = at % path.length;
						input.path = path.map((x, i) => (i === p ? flip(x, at % 64) : x));
					}
					if (what === 'leaf') input.entryHash = flip(input.entryHash, at % 64);
					if (what === 'root') input.root = flip(root, at % 64);
					if (what === 'index') input.index = (index + 1 + (at % 12)) % 13;
					expect(verifyInclusion(input)).toBe(false);
				}
			)
		);
	});

	it.each([
		['a negative index', { index: -1 }],
		['an index past the end', { index: 4 }],
		['a malformed root', { root: 'zz' }],
		['a short path', { path: [] as string[] }]
	])('should reject %s', (_name, change) => {
		const leaves = hashes(4);
		const input = {
			entryHash: leaves[1]!,
			index: 1,
			treeSize: 4,
			path: inclusionProof(leaves, 1),
			root: merkleRoot(leaves)
		};
		expect(verifyInclusion({ ...input, ...change })).toBe(false);
	});
});
