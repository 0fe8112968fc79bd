import { requirePermissionSomewhere } from '$lib/server/access/guards';
import { AUDIT_EXPORT_LIMIT, csvHeaders, record, searchAudit, toCsv } from '$lib/server/audit';
import { database } from '$lib/server/context';
import { parseAuditQuery } from '../filter';
import type { RequestHandler } from './$types';

/** The filtered log as CSV (up to 50,000 rows); exporting is itself recorded. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const { user } = requirePermissionSomewhere(locals, 'audit.read');
	const { filter } = parseAuditQuery(url.searchParams);
	const db = database().db;
	const rows = await searchAudit(db, user, { ...filter, limit: AUDIT_EXPORT_LIMIT });
	await record(db, {
		actorId: user.id,
		action: 'audit.export',
		after: { filter, rows: rows.length }
	});
	const header = [
		'id',
		'at',
		'actor_id',
		'actor',
		'on_behalf_of',
		'action',
		'target_type',
		'target_id',
		'node_path',
		'before',
		'after',
		'reason',
		'ip'
	];
	const body = rows.map((e) => [
		e.id,
		e.at,
		e.actorId,
		e.actorName,
		e.onBehalfOfId,
		e.action,
		e.targetType,
		e.targetId,
		e.nodePath,
		e.before,
		e.after,
		e.reason,
		e.ip
	]);
	return new Response(toCsv(header, body), { headers: csvHeaders('linli-audit.csv') });
};
