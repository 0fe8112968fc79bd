import { describe, expect, it } from 'vitest';
import { jpegHeaderBytes, pngBytes, webpHeaderBytes } from '../../../../../tests/factories/images';
import { sniffImage } from './sniff';

const text = (s: string) => new TextEncoder().encode(s);

describe('sniffImage', () => {
	it.each([
		['a PNG', pngBytes(3, 2), { mime: 'image/png', width: 3, height: 2 }],
		['a JPEG', jpegHeaderBytes(640, 480), { mime: 'image/jpeg', width: 640, height: 480 }],
		[
			'a lossless WebP',
			webpHeaderBytes(1024, 300),
			{ mime: 'image/webp', width: 1024, height: 300 }
		]
	])('should recognise %s and read its size', (_, bytes, expected) => {
		expect(sniffImage(bytes)).toEqual(expected);
	});

	it.each([
		['an HTML page', text('<!doctype html><script>alert(1)</script>')],
		['an SVG', text('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')],
		['a GIF', text('GIF89a\x01\x00\x01\x00\x00\x00\x00')],
		['a PDF', text('%PDF-1.7 ..........')],
		['a RIFF that is not WebP', text('RIFF\x00\x00\x00\x00WAVEfmt ')],
		['a truncated PNG signature', pngBytes(1, 1).slice(0, 8)],
		['nothing', new Uint8Array()]
	])('should refuse %s', (_, bytes) => {
		expect(sniffImage(bytes)).toBeNull();
	});

	it('should keep a JPEG whose size it cannot find, without a size', () => {
		const cut = jpegHeaderBytes(10, 10).slice(0, 12);
		expect(sniffImage(cut)).toEqual({ mime: 'image/jpeg', width: null, height: null });
	});
});
