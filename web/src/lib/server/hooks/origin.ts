import { json, type Handle } from '@sveltejs/kit';
import { isCrossOriginApiRequest } from '../auth/origin';

/** Refuses state-changing JSON API calls made from another site (CSRF); see auth/origin.ts. */
export const originHandle: Handle = async ({ event, resolve }) => {
	const refused = isCrossOriginApiRequest({
		method: event.request.method,
		url: event.url,
		origin: event.request.headers.get('origin'),
		secFetchSite: event.request.headers.get('sec-fetch-site')
	});
	if (refused) return json({ code: 'cross_origin' }, { status: 403 });
	return resolve(event);
};
