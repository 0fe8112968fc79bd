import { json } from '@sveltejs/kit';
import { database } from '$lib/server/context';
import { listPublicKeys } from '$lib/server/journal/receipt';
import type { RequestHandler } from './$types';

/** The Ed25519 public keys that sign journal blocks (raw 32 bytes, hex), by key id. */
export const GET: RequestHandler = async () => {
	const keys = await listPublicKeys(database().sql);
	return json({ keys }, { headers: { 'cache-control': 'public, max-age=300' } });
};
