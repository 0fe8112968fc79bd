import { requireUser } from '$lib/server/access/guards';
import { record } from '$lib/server/audit';
import { database } from '$lib/server/context';
import { exportPersonalData } from '$lib/server/privacy';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { db, sql } = database();
	const data = await exportPersonalData(sql, user.id, new Date());
	await record(db, {
		actorId: user.id,
		action: 'personal.export',
		target: { type: 'user', id: user.id }
	});
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="linli-my-data-${user.id}.json"`,
			'cache-control': 'no-store'
		}
	});
};
