import { and, desc, eq, isNull } from 'drizzle-orm';
import { auditEvents } from '$db/schema';
import type { Executor } from '../auth/db';
import type { LedgerAuditOutcome } from './audit.job';

export interface LedgerAuditStatus {
	/** When the last nightly audit ran (ISO). */
	at: string;
	outcome: LedgerAuditOutcome;
}

/**
 * The last nightly ledger audit, from the audit log entry each run writes (audit.job.ts); null
 * before the first night.
 */
export async function latestLedgerAudit(db: Executor): Promise<LedgerAuditStatus | null> {
	const [row] = await db
		.select({ at: auditEvents.at, after: auditEvents.after })
		.from(auditEvents)
		.where(and(eq(auditEvents.action, 'ledger.audit'), isNull(auditEvents.nodePath)))
		.orderBy(desc(auditEvents.at), desc(auditEvents.id))
		.limit(1);
	if (!row) return null;
	return { at: row.at.toISOString(), outcome: row.after as LedgerAuditOutcome };
}
