import { requirePermissionSomewhere } from '$lib/server/access/guards';
import { AUDIT_PAGE_SIZE, auditActions, searchAudit, seesPlatformEntries } from '$lib/server/audit';
import { database } from '$lib/server/context';
import { latestLedgerAudit } from '$lib/server/ledger/audit-status';
import { parseAuditQuery } from './filter';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user } = requirePermissionSomewhere(locals, 'audit.read');
	const { query, filter } = parseAuditQuery(url.searchParams);
	const db = database().db;
	const rows = await searchAudit(db, user, { ...filter, limit: AUDIT_PAGE_SIZE + 1 });
	const page = rows.slice(0, AUDIT_PAGE_SIZE);
	const more = rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]?.id : undefined;
	const next = new URLSearchParams(url.searchParams);
	if (more !== undefined) next.set('before', String(more));
	const csv = new URLSearchParams(url.searchParams);
	csv.delete('before');
	return {
		// Platform-wide, like the entry it comes from: shown to city-level readers only.
		ledgerCheck: seesPlatformEntries(user) ? { last: await latestLedgerAudit(db) } : null,
		query,
		actions: await auditActions(db),
		entries: page.map((e) => ({
			id: e.id,
			at: e.at.toISOString(),
			action: e.action,
			actorId: e.actorId,
			actorName: e.actorName,
			onBehalfOfId: e.onBehalfOfId,
			target: e.targetType ? `${e.targetType}:${e.targetId ?? ''}` : '',
			change: changeText(e.before, e.after),
			reason: e.reason,
			ip: e.ip
		})),
		nextHref: more !== undefined ? `?${next}` : null,
		csvHref: `/audit/export.csv?${csv}`
	};
};

function changeText(before: unknown, after: unknown): string {
	const part = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));
	return [part(before), part(after)].filter(Boolean).join(' → ');
}
