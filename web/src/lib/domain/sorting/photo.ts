/** The picture types an inspector's phone may send, as the recorder accepts them. */
export type PhotoMime = 'image/jpeg' | 'image/png' | 'image/webp';

const ascii = (bytes: Uint8Array, from: number, text: string) =>
	[...text].every((c, i) => bytes[from + i] === c.charCodeAt(0));

/**
 * Whether the stored bytes really are the picture type they were sent as. The type came from the
 * phone and the recorder only checks the label, so the viewer checks the first bytes before it
 * tells a browser "this is a JPEG": anything else is never served.
 */
export function photoMatchesMime(bytes: Uint8Array, mime: string): mime is PhotoMime {
	switch (mime) {
		case 'image/jpeg':
			return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
		case 'image/png':
			return bytes[0] === 0x89 && ascii(bytes, 1, 'PNG\r\n\x1a\n');
		case 'image/webp':
			return ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP');
		default:
			return false;
	}
}
