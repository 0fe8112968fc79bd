/** The only picture formats the app accepts: every phone and browser can show them. */
export type ImageMime = 'image/jpeg' | 'image/png' | 'image/webp';

export interface SniffedImage {
	mime: ImageMime;
	/** Pixel size when the header states it plainly; null when it would take a decoder. */
	width: number | null;
	height: number | null;
}

/**
 * Recognises a picture by its first bytes, never by the name or the type the browser sent, so a
 * renamed HTML or SVG file can never be stored (and later served) as an image.
 */
export function sniffImage(bytes: Uint8Array): SniffedImage | null {
	if (isPng(bytes)) return { mime: 'image/png', ...pngSize(bytes) };
	if (isJpeg(bytes)) return { mime: 'image/jpeg', ...jpegSize(bytes) };
	if (isWebp(bytes)) return { mime: 'image/webp', ...webpSize(bytes) };
	return null;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const NO_SIZE = { width: null, height: null };

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
	return prefix.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, at: number, text: string): boolean {
	return startsWith(
		bytes,
		[...text].map((c) => c.charCodeAt(0)),
		at
	);
}

function isPng(bytes: Uint8Array): boolean {
	return bytes.length >= 24 && startsWith(bytes, PNG_SIGNATURE);
}

function isJpeg(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && startsWith(bytes, [0xff, 0xd8, 0xff]);
}

function isWebp(bytes: Uint8Array): boolean {
	return bytes.length >= 16 && ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP');
}

function view(bytes: Uint8Array): DataView {
	return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function pngSize(bytes: Uint8Array) {
	// The IHDR chunk always comes first: width and height are its first two 32-bit fields.
	if (!ascii(bytes, 12, 'IHDR')) return NO_SIZE;
	const v = view(bytes);
	return { width: v.getUint32(16), height: v.getUint32(20) };
}

/** Walks the JPEG segments up to the first start-of-frame, which holds the size. */
function jpegSize(bytes: Uint8Array) {
	const v = view(bytes);
	let at = 2;
	while (at + 9 < bytes.length) {
		if (bytes[at] !== 0xff) return NO_SIZE;
		const marker = bytes[at + 1] ?? 0;
		const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
		if (isFrame) return { width: v.getUint16(at + 7), height: v.getUint16(at + 5) };
		at += 2 + v.getUint16(at + 2);
	}
	return NO_SIZE;
}

function webpSize(bytes: Uint8Array) {
	const v = view(bytes);
	if (ascii(bytes, 12, 'VP8X') && bytes.length >= 30) {
		const width = 1 + (v.getUint32(24, true) & 0xffffff);
		const height = 1 + (v.getUint32(27, true) & 0xffffff);
		return { width, height };
	}
	if (ascii(bytes, 12, 'VP8L') && bytes.length >= 25) {
		const bits = v.getUint32(21, true);
		return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
	}
	if (ascii(bytes, 12, 'VP8 ') && bytes.length >= 30) {
		return { width: v.getUint16(26, true) & 0x3fff, height: v.getUint16(28, true) & 0x3fff };
	}
	return NO_SIZE;
}
