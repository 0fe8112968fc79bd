import { and, desc, eq, gte, isNull, like, lt, or, sql, type SQL } from 'drizzle-orm';
import { auditEvents, users, type AuditEvent } from '$db/schema';
import { scopesFor, type AccessSubject } from '$lib/domain/access';
import type { Executor } from '../auth/db';

export interface AuditFilter {
	actorId?: number;
	/** An exact action or an area prefix (`member.` matches every member action). */
	action?: string;
	targetType?: string;
	targetId?: string;
	from?: Date;
	/** Exclusive. */
	to?: Date;
	/** Entries older than this id: the next page. */
	beforeId?: number;
	limit?: number;
}

export interface AuditRow extends AuditEvent {
	actorName: string | null;
}

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_LIMIT = 50_000;

/** A scope that is a whole city (one path segment): it reads platform-wide entries too. */
const isCity = (scope: string) => scope.split('/').filter(Boolean).length === 1;

/** Whether the viewer reads platform-wide entries (no node): `audit.read` over a whole city. */
export function seesPlatformEntries(viewer: AccessSubject): boolean {
	return scopesFor(viewer, 'audit.read').some(isCity);
}

/**
 * Entries the viewer may read, newest first: those whose node lies in the viewer's `audit.read`
 * area, plus platform-wide entries (no node) for viewers whose area is a whole city. Returns []
 * for someone without `audit.read` anywhere.
 */
export async function searchAudit(
	db: Executor,
	viewer: AccessSubject,
	filter: AuditFilter
): Promise<AuditRow[]> {
	const scopes = scopesFor(viewer, 'audit.read');
	if (scopes.length === 0) return [];
	const visible: SQL[] = scopes.map((s) => like(auditEvents.nodePath, `${s}%`));
	if (scopes.some(isCity)) visible.push(isNull(auditEvents.nodePath));
	const where: (SQL | undefined)[] = [or(...visible)];
	if (filter.actorId !== undefined) where.push(eq(auditEvents.actorId, filter.actorId));
	if (filter.action) {
		where.push(
			filter.action.endsWith('.')
				? like(auditEvents.action, `${filter.action.replace(/[%_\\]/g, '\\$&')}%`)
				: eq(auditEvents.action, filter.action)
		);
	}
	if (filter.targetType) where.push(eq(auditEvents.targetType, filter.targetType));
	if (filter.targetId) where.push(eq(auditEvents.targetId, filter.targetId));
	if (filter.from) where.push(gte(auditEvents.at, filter.from));
	if (filter.to) where.push(lt(auditEvents.at, filter.to));
	if (filter.beforeId !== undefined) where.push(lt(auditEvents.id, filter.beforeId));
	const rows = await db
		.select({ event: auditEvents, actorName: users.displayName })
		.from(auditEvents)
		.leftJoin(users, eq(users.id, auditEvents.actorId))
		.where(and(...where))
		.orderBy(desc(auditEvents.id))
		.limit(Math.min(filter.limit ?? AUDIT_PAGE_SIZE, AUDIT_EXPORT_LIMIT));
	return rows.map((r) => ({ ...r.event, actorName: r.actorName }));
}

/** The distinct actions seen so far, for the filter's drop-down. */
export async function auditActions(db: Executor): Promise<string[]> {
	const rows = await db.execute<{ action: string }>(
		sql`select distinct action from ${auditEvents} order by action`
	);
	return [...rows].map((r) => r.action);
}
