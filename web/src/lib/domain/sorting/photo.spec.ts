import { describe, expect, it } from 'vitest';
import { photoMatchesMime } from './photo';

const bytes = (...parts: (number[] | string)[]) =>
	new Uint8Array(
		parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p))
	);

const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const PNG = bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13]);
const WEBP = bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ');
const HTML = bytes('<html><script>alert(1)</script>');

describe('photoMatchesMime', () => {
	it.each([
		[JPEG, 'image/jpeg', true],
		[PNG, 'image/png', true],
		[WEBP, 'image/webp', true],
		[PNG, 'image/jpeg', false],
		[JPEG, 'image/png', false],
		[HTML, 'image/jpeg', false],
		[bytes('RIFF', [0, 0, 0, 0], 'WAVE'), 'image/webp', false],
		[bytes(), 'image/jpeg', false],
		[JPEG, 'image/svg+xml', false],
		[JPEG, 'text/html', false]
	])('should check %o against %s', (data, mime, expected) => {
		expect(photoMatchesMime(data, mime)).toBe(expected);
	});
});
