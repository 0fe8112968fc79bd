/**
 * Shrinks photos in the browser before upload: a phone photo of several MB becomes a JPEG of a
 * few hundred KB, which suits slow networks and the server's size cap. Browser-only (canvas).
 */

export interface ShrinkOptions {
	/** Longest side in pixels after shrinking. */
	maxSide: number;
	/** JPEG quality between 0 and 1. */
	quality: number;
}

/** Draws the picture onto a canvas no larger than `maxSide`, or null if it cannot be decoded. */
async function drawShrunk(file: Blob, maxSide: number): Promise<HTMLCanvasElement | null> {
	try {
		const bitmap = await createImageBitmap(file);
		const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(bitmap.width * scale);
		canvas.height = Math.round(bitmap.height * scale);
		canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
		bitmap.close();
		return canvas;
	} catch {
		return null;
	}
}

/** A shrunk JPEG file with the original's name, or null when the browser cannot read it. */
export async function shrinkImage(file: File, options: ShrinkOptions): Promise<File | null> {
	const canvas = await drawShrunk(file, options.maxSide);
	if (!canvas) return null;
	const blob = await new Promise<Blob | null>((resolve) =>
		canvas.toBlob(resolve, 'image/jpeg', options.quality)
	);
	if (!blob) return null;
	const name = file.name.replace(/\.[^.]*$/, '') + '.jpg';
	return new File([blob], name, { type: 'image/jpeg' });
}

/** A small JPEG as base64, for the sorting queue, which keeps photos inside JSON. */
export async function shrinkPhoto(file: File): Promise<{ mime: string; data: string } | null> {
	const canvas = await drawShrunk(file, 800);
	if (!canvas) return null;
	const url = canvas.toDataURL('image/jpeg', 0.6);
	return { mime: 'image/jpeg', data: url.slice(url.indexOf(',') + 1) };
}
