import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const tz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * The audit log: one row per staff action or change of settings, roles, verification, proposal
 * state, sorting corrections, settlements and ledger reversals. Append-only: db/sql/070-audit.sql
 * refuses UPDATE, DELETE and TRUNCATE, so not even the application can rewrite history. Written
 * only through `record()` in web/src/lib/server/audit.
 */
export const auditEvents = pgTable(
	'audit_events',
	{
		id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		at: tz('at').notNull().defaultNow(),
		/** Who acted; null for the platform itself (a scheduled job). */
		actorId: integer('actor_id'),
		/** The resident a proxy (代办) acted for, when it was done on someone's behalf. */
		onBehalfOfId: integer('on_behalf_of_id'),
		/** `area.verb`, e.g. `member.verify`, `role.grant`, `personal.unmask`. */
		action: text().notNull(),
		targetType: text('target_type'),
		targetId: text('target_id'),
		/** The hierarchy path the action concerns (`/1/4/9/`), so a committee sees its own area. */
		nodePath: text('node_path'),
		before: jsonb(),
		after: jsonb(),
		reason: text(),
		ip: text()
	},
	(t) => [
		index('audit_events_at_idx').on(t.at),
		index('audit_events_actor_idx').on(t.actorId, t.at),
		index('audit_events_action_idx').on(t.action, t.at),
		index('audit_events_target_idx').on(t.targetType, t.targetId),
		index('audit_events_node_idx').on(t.nodePath)
	]
);

/** Fixed-window counters for rate limits, keyed `<limit>:<ip or account>`; old rows are swept. */
export const rateLimitHits = pgTable('rate_limit_hits', {
	key: text().primaryKey(),
	windowStart: tz('window_start').notNull(),
	hits: integer().notNull()
});

export type AuditEvent = typeof auditEvents.$inferSelect;
