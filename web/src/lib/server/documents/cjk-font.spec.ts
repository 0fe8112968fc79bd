import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { fontBytes, parseUnicodeRanges, sliceFor } from './cjk-font';
import { woffToSfnt } from './woff';

describe('Noto Sans SC files', () => {
	it('should parse unicode ranges with and without an end', () => {
		expect(parseUnicodeRanges('U+4e00-4e2d, U+ff0c')).toEqual([
			[0x4e00, 0x4e2d],
			[0xff0c, 0xff0c]
		]);
		expect(() => parseUnicodeRanges('U+zz')).toThrow();
	});

	it('should unwrap the main file into TrueType that has the common characters', async () => {
		const bytes = await fontBytes('main');
		expect(Buffer.from(bytes.subarray(0, 4)).readUInt32BE(0)).toBe(0x00010000);
		const font = fontkit.create(bytes);
		for (const ch of '邻里结算单积分¥0A') {
			expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!)).toBe(true);
		}
		expect(await fontBytes('main')).toBe(bytes);
	});

	it('should find the slice of a rare character, and none for one the font lacks', async () => {
		const slice = await sliceFor('鱻'.codePointAt(0)!);
		expect(slice).toMatch(/^slice:\d+$/);
		const font = fontkit.create(await fontBytes(slice!));
		expect(font.hasGlyphForCodePoint('鱻'.codePointAt(0)!)).toBe(true);
		// A Hebrew letter: Noto Sans SC has no glyph for it in any file.
		expect(await sliceFor(0x05d0)).toBeNull();
	});

	it('should refuse a file that is not WOFF', () => {
		expect(() => woffToSfnt(new Uint8Array(64))).toThrow('not a WOFF file');
	});
});
