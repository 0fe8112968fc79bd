import type { Image } from '$db/schema';

/**
 * The HTTP answer for a stored picture. The type was checked from the bytes on upload and
 * `nosniff` stops a browser from guessing anything else, so an upload can never run as a page.
 * Ids are never reused and rows never change, so the answer may be cached for a year; `private`
 * because each feature checks who may see its pictures.
 */
export function imageResponse(image: Pick<Image, 'mime' | 'bytes' | 'byteSize'>): Response {
	const body = new Uint8Array(image.bytes);
	return new Response(body, {
		headers: {
			'Content-Type': image.mime,
			'Content-Length': String(image.byteSize),
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'private, max-age=31536000, immutable',
			'Content-Disposition': 'inline',
			'Content-Security-Policy': "default-src 'none'; sandbox"
		}
	});
}
