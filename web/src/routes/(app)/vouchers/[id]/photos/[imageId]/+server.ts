import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/access/guards';
import { database } from '$lib/server/context';
import { imageResponse, loadImage } from '$lib/server/images';
import { redemption } from '$lib/server/redemption/deps';
import { maySeeVoucherPhoto } from '$lib/server/redemption/photos.service';
import type { RequestHandler } from './$types';

/**
 * A counter photo of a used voucher, for the partner's staff, the committee of the voucher's
 * community and the resident who redeemed it; not found for anyone else.
 */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	if (!(await maySeeVoucherPhoto(redemption(), user, params.id, params.imageId))) {
		error(404, { message: 'Not found', code: 'not_found' });
	}
	const image = await loadImage(database().db, params.imageId);
	if (!image) error(404, { message: 'Not found', code: 'not_found' });
	return imageResponse(image);
};
