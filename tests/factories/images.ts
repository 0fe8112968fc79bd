import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Uint8Array): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** A real, decodable PNG of one colour, so browsers show it and the store measures it. */
export function pngBytes(
	width: number,
	height: number,
	rgb: [number, number, number] = [200, 60, 40]
) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
	const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(width).fill(rgb).flat())]);
	const pixels = deflateSync(Buffer.concat(Array(height).fill(row)));
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	return new Uint8Array(
		Buffer.concat([
			signature,
			chunk('IHDR', header),
			chunk('IDAT', pixels),
			chunk('IEND', new Uint8Array())
		])
	);
}

/** The start of a baseline JPEG (JFIF header, then a frame header) of the given size. */
export function jpegHeaderBytes(width: number, height: number): Uint8Array {
	const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0];
	const frame = [
		0xff,
		0xc0,
		0x00,
		0x11,
		8,
		height >> 8,
		height & 0xff,
		width >> 8,
		width & 0xff,
		3
	];
	return new Uint8Array([0xff, 0xd8, ...app0, ...frame, ...Array(9).fill(0), 0xff, 0xd9]);
}

/** A lossless WebP header (VP8L) stating the given size. */
export function webpHeaderBytes(width: number, height: number): Uint8Array {
	const bytes = new Uint8Array(30);
	const v = new DataView(bytes.buffer);
	bytes.set(
		[...'RIFF'].map((c) => c.charCodeAt(0)),
		0
	);
	v.setUint32(4, 22, true);
	bytes.set(
		[...'WEBPVP8L'].map((c) => c.charCodeAt(0)),
		8
	);
	v.setUint32(16, 10, true);
	bytes[20] = 0x2f;
	v.setUint32(21, ((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14), true);
	return bytes;
}
