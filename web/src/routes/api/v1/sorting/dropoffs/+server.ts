import { error, json } from '@sveltejs/kit';
import { sorting } from '$lib/server/sorting/deps';
import { syncBody, syncDropoffs } from '$lib/server/sorting/sync';
import type { RequestHandler } from './$types';

/**
 * The inspector's phone sends drop-offs here, one at a time when online or its offline queue in
 * batches. Each carries an id made on the phone; sending it again is safe. The same-origin check
 * for API posts is done by the hooks. Every refusal comes back per id, not as an HTTP error, so
 * the queue can forget decided ids and keep the rest.
 */
export const POST: RequestHandler = async ({ locals, request }) => {
	if (!locals.user) error(401, { message: 'Unauthorised', code: 'unauthenticated' });
	const parsed = syncBody.safeParse(await request.json().catch(() => null));
	if (!parsed.success) return json({ error: 'invalid_request' }, { status: 400 });
	return json({ results: await syncDropoffs(sorting(), locals.user, parsed.data) });
};
