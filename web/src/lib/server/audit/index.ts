/**
 * The audit log (who did what, for whom, before/after, when, from where), append-only in the
 * database. Every staff action and every change of settings, roles, verification, proposal
 * state, sorting corrections, settlements and ledger reversals must call `record` — inside the
 * same transaction as the change, so both commit or neither:
 *
 * ```ts
 * import { record } from '$lib/server/audit';
 * await db.transaction(async (tx) => {
 *   const [before] = await tx.select().from(settings).where(...).for('update');
 *   await tx.update(settings).set(next).where(...);
 *   await record(tx, {
 *     actorId: actor.id,              // null for a scheduled job
 *     action: 'settings.change',      // `area.verb`
 *     target: { type: 'community', id: communityId },
 *     nodePath: community.path,       // so the committee of that area can read it
 *     onBehalfOfId: proxiedFor,       // when a proxy (代办) acted
 *     before, after: next,            // mask personal fields first (see privacy/mask.ts)
 *     reason                          // when the person gave one
 *   });
 * });
 * ```
 * The client IP is filled in from the request being served (hooks/security.ts sets it).
 * Auditors and committee members read the log at /audit (filters and CSV export).
 *
 * A staff form action whose service records nothing still leaves a `staff.action` entry (who,
 * which form, for whom, IP, when): hooks/audit.ts adds it by default, so a forgotten `record`
 * loses the before/after, never the fact.
 */
export { record, type AuditRecord } from './record';
export { currentRequest, withRequestContext, type RequestContext } from './request-context';
export { actionSucceeded, isStaffFormAction, recordStaffAction } from './staff-actions';
export {
	AUDIT_EXPORT_LIMIT,
	AUDIT_PAGE_SIZE,
	auditActions,
	searchAudit,
	seesPlatformEntries,
	type AuditFilter,
	type AuditRow
} from './search';
export { csvHeaders, toCsv } from './csv';
