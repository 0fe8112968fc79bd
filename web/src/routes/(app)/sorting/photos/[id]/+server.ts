import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/access/guards';
import { sorting } from '$lib/server/sorting/deps';
import { dropoffPhoto, photoResponse } from '$lib/server/sorting/photos.service';
import type { RequestHandler } from './$types';

/** A drop-off's photo, for the committee, the household and the inspector who took it. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const photo = await dropoffPhoto(sorting(), user, params.id);
	if (!photo.ok) error(404, { message: 'Not found', code: 'not_found' });
	return photoResponse(photo.value);
};
