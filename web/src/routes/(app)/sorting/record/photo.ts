const MAX_SIDE = 800;

/** Shrinks a camera photo to a small JPEG (base64) so it fits the queue and a slow network. */
export async function shrinkPhoto(file: File): Promise<{ mime: string; data: string } | null> {
	try {
		const bitmap = await createImageBitmap(file);
		const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(bitmap.width * scale);
		canvas.height = Math.round(bitmap.height * scale);
		canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
		const url = canvas.toDataURL('image/jpeg', 0.6);
		return { mime: 'image/jpeg', data: url.slice(url.indexOf(',') + 1) };
	} catch {
		return null;
	}
}
