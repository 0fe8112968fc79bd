import { json } from '@sveltejs/kit';
import { database } from '$lib/server/context';
import { getReceipt } from '$lib/server/journal/receipt';
import type { RequestHandler } from './$types';

/**
 * A transfer's receipt, or a typed record's (a council tally's: the id is then the record id).
 * Public: it holds only opaque ids and hashes, and anyone holding it should be able to check it.
 * Sealed receipts never change, so they may be cached.
 */
export const GET: RequestHandler = async ({ params }) => {
	const receipt = await getReceipt(database().sql, params.id);
	if (!receipt) return json({ error: 'receipt_not_found' }, { status: 404 });
	const final = receipt.status === 'anchored';
	return json(receipt, {
		headers: { 'cache-control': final ? 'public, max-age=86400' : 'no-store' }
	});
};
