import { error } from '@sveltejs/kit';
import { redemption } from '$lib/server/redemption/deps';
import { sponsorReceipt } from '$lib/server/redemption/sponsor.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	// Tokens are 22 base64url characters; anything else cannot be one, so spare the query.
	const receipt = /^[\w-]{22}$/.test(params.token)
		? await sponsorReceipt(redemption(), params.token)
		: null;
	if (!receipt) error(404, { message: 'Not found', code: 'not_found' });
	// The address is the key to the receipt: keep it out of caches and other sites' referrers.
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer' });
	return { receipt };
};
