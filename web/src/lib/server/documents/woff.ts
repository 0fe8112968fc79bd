import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

const pad4 = (n: number) => (n + 3) & ~3;

/**
 * Unwraps a WOFF 1.0 file into the TrueType/OpenType file it carries: each table is inflated (or
 * copied when stored uncompressed) and laid out again behind a plain sfnt table directory. The
 * fonts then parse as ordinary TrueType, whose tables fontkit reads directly: read as WOFF, it
 * inflates the whole glyph table again for every glyph, and its WOFF2 reader cannot be subset.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
	const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
	if (src.length < WOFF_HEADER || src.readUInt32BE(0) !== WOFF_SIGNATURE) {
		throw new Error('not a WOFF file');
	}
	const flavor = src.readUInt32BE(4);
	const numTables = src.readUInt16BE(12);
	const tables = Array.from({ length: numTables }, (_, i) => {
		const at = WOFF_HEADER + i * WOFF_ENTRY;
		const offset = src.readUInt32BE(at + 4);
		const compLength = src.readUInt32BE(at + 8);
		const origLength = src.readUInt32BE(at + 12);
		const stored = src.subarray(offset, offset + compLength);
		const data = compLength < origLength ? inflateSync(stored) : stored;
		if (data.length !== origLength) throw new Error('WOFF table has the wrong length');
		return { tag: src.readUInt32BE(at), checksum: src.readUInt32BE(at + 16), data };
	});
	let size = SFNT_HEADER + numTables * SFNT_ENTRY;
	for (const t of tables) size += pad4(t.data.length);
	const out = Buffer.alloc(size);
	const entrySelector = Math.floor(Math.log2(numTables));
	const searchRange = 2 ** entrySelector * 16;
	out.writeUInt32BE(flavor, 0);
	out.writeUInt16BE(numTables, 4);
	out.writeUInt16BE(searchRange, 6);
	out.writeUInt16BE(entrySelector, 8);
	out.writeUInt16BE(numTables * 16 - searchRange, 10);
	let offset = SFNT_HEADER + numTables * SFNT_ENTRY;
	tables.forEach((t, i) => {
		const at = SFNT_HEADER + i * SFNT_ENTRY;
		out.writeUInt32BE(t.tag, at);
		out.writeUInt32BE(t.checksum, at + 4);
		out.writeUInt32BE(offset, at + 8);
		out.writeUInt32BE(t.data.length, at + 12);
		t.data.copy(out, offset);
		offset += pad4(t.data.length);
	});
	return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
