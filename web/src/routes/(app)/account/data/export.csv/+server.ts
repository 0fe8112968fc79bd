import { requireUser } from '$lib/server/access/guards';
import { csvHeaders, record, toCsv } from '$lib/server/audit';
import { database } from '$lib/server/context';
import { exportPersonalData, exportRows } from '$lib/server/privacy';
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
	const csv = toCsv(['dataset', 'row', 'field', 'value'], exportRows(data));
	return new Response(csv, { headers: csvHeaders(`linli-my-data-${user.id}.csv`) });
};
