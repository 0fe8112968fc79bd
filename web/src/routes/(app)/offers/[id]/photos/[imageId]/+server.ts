import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/access/guards';
import { database } from '$lib/server/context';
import { imageResponse, loadImage } from '$lib/server/images';
import { redemption } from '$lib/server/redemption/deps';
import { maySeeOfferPhoto } from '$lib/server/redemption/photos.service';
import type { RequestHandler } from './$types';

/** A catalogue photo, under the offer page's rule (live offers; drafts for the partner's staff). */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const offerId = Number(params.id);
	if (!(await maySeeOfferPhoto(redemption(), user.id, offerId, params.imageId))) {
		error(404, { message: 'Not found', code: 'not_found' });
	}
	const image = await loadImage(database().db, params.imageId);
	if (!image) error(404, { message: 'Not found', code: 'not_found' });
	return imageResponse(image);
};
