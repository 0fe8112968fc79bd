import { err, ok, type Result } from '$core/shared';
import { checkImage, IMAGE_MAX_BYTES, type ImageError } from './store';

export interface ImageUpload {
	bytes: Uint8Array;
	declaredMime: string;
}

/**
 * Reads the pictures of one file field of a form action and checks each one before anything is
 * written, so a bad file refuses the whole form and nothing is half saved. A file input left
 * empty sends one nameless, empty file; that counts as no picture, not as an error.
 * Refusals: `image_too_many` (more than `max`), and those of `checkImage`.
 */
export async function parseImageUploads(
	formData: FormData,
	field: string,
	max: number
): Promise<Result<ImageUpload[], ImageError>> {
	const files = formData
		.getAll(field)
		.filter((v): v is File => typeof v !== 'string' && !(v.size === 0 && v.name === ''));
	if (files.length > max) return err('image_too_many');
	const uploads: ImageUpload[] = [];
	for (const file of files) {
		if (file.size > IMAGE_MAX_BYTES) return err('image_too_large');
		const bytes = new Uint8Array(await file.arrayBuffer());
		const checked = checkImage(bytes, file.type);
		if (!checked.ok) return checked;
		uploads.push({ bytes, declaredMime: file.type });
	}
	return ok(uploads);
}
