import { json } from '@sveltejs/kit';
import { database } from '$lib/server/context';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const started = performance.now();
	try {
		await database().sql`select 1`;
		const latencyMs = Math.round(performance.now() - started);
		return json({ status: 'ok', database: { status: 'up', latencyMs } });
	} catch {
		return json({ status: 'error', database: { status: 'down' } }, { status: 503 });
	}
};
