import { auditEvents } from '$db/schema';
import type { Executor } from '../auth/db';
import { currentRequest } from './request-context';

/** One entry of the audit log. Values in `before`/`after` must already be masked where needed. */
export interface AuditRecord {
	/** Who acted; null for the platform itself (a scheduled job). */
	actorId: number | null;
	/** `area.verb`, e.g. `member.verify`, `role.grant`, `settlement.pay`, `ledger.reverse`. */
	action: string;
	target?: { type: string; id: string | number } | null;
	/** The hierarchy path the action concerns, so committees see the entries of their area. */
	nodePath?: string | null;
	/** The resident a proxy acted for. */
	onBehalfOfId?: number | null;
	before?: unknown;
	after?: unknown;
	reason?: string | null;
	/** Defaults to the client address of the request being served, if any. */
	ip?: string | null;
	at?: Date;
}

/**
 * Appends one entry. Pass the transaction that makes the change, so the entry and the change
 * commit together or not at all. The table refuses UPDATE and DELETE (db/sql/070-audit.sql).
 */
export async function record(db: Executor, entry: AuditRecord): Promise<void> {
	await db.insert(auditEvents).values({
		actorId: entry.actorId,
		action: entry.action,
		targetType: entry.target?.type ?? null,
		targetId: entry.target ? String(entry.target.id) : null,
		nodePath: entry.nodePath ?? null,
		onBehalfOfId: entry.onBehalfOfId ?? null,
		before: entry.before ?? null,
		after: entry.after ?? null,
		reason: entry.reason ?? null,
		ip: entry.ip !== undefined ? entry.ip : (currentRequest()?.ip ?? null),
		...(entry.at ? { at: entry.at } : {})
	});
	const request = currentRequest();
	if (request) request.recorded = (request.recorded ?? 0) + 1;
}
