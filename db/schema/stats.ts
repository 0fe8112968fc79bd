import {
	bigint,
	date,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { nodes } from './hierarchy';

const tz = (name: string) => timestamp(name, { withTimezone: true });
const amount = (name: string) => bigint(name, { mode: 'number' });

/**
 * Ledger and sorting figures per community and day, added to incrementally by the
 * `stats:refresh` job from the transfers and drop-offs after its watermarks, so a dashboard sums
 * a few hundred rows instead of scanning every transfer. Rolled up the hierarchy by joining
 * `nodes.path`.
 */
export const communityDailyStats = pgTable(
	'community_daily_stats',
	{
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		day: date().notNull(),
		hoursServedMinutes: amount('hours_served_minutes').notNull().default(0),
		pointsIssued: amount('points_issued').notNull().default(0),
		pointsRedeemed: amount('points_redeemed').notNull().default(0),
		transfers: integer().notNull().default(0),
		/** Sorting drop-offs recorded that day (by the drop-off's own China-time day). */
		dropoffs: integer().notNull().default(0),
		/** Of those, the ones the inspector marked correctly sorted. */
		dropoffsCorrect: integer('dropoffs_correct').notNull().default(0),
		/**
		 * Partner settlement statements approved that day (by `approved_at`), and paid that day
		 * with their amount in cents (by `paid_at`). Kept by a trigger on `settlement_statements`
		 * (db/sql/080-stats-settlements.sql), so a statement counts once per state it reaches.
		 */
		statementsApproved: integer('statements_approved').notNull().default(0),
		statementsPaid: integer('statements_paid').notNull().default(0),
		settledCents: amount('settled_cents').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.communityId, t.day] })]
);

/**
 * Counts that are a state rather than a flow (verified residents, balances outstanding,
 * proposals by state), recomputed per community by the same job and kept one row per day so the
 * dashboard can chart them over time.
 */
export const communitySnapshotStats = pgTable(
	'community_snapshot_stats',
	{
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		day: date().notNull(),
		residents: integer().notNull(),
		residentsVerified: integer('residents_verified').notNull(),
		activeVolunteers: integer('active_volunteers').notNull(),
		hoursOutstandingMinutes: amount('hours_outstanding_minutes').notNull(),
		partners: integer().notNull(),
		ballotsCast: integer('ballots_cast').notNull(),
		proposalsByState: jsonb('proposals_by_state').$type<Record<string, number>>().notNull(),
		/** Settlement statements not yet paid (draft or approved), and what they come to in cents. */
		statementsPending: integer('statements_pending').notNull().default(0),
		pendingCents: amount('pending_cents').notNull().default(0),
		refreshedAt: tz('refreshed_at').notNull()
	},
	(t) => [primaryKey({ columns: [t.communityId, t.day] })]
);

/**
 * How far each incremental source has been folded in (`ledger` → last transfer seq,
 * `sorting` → last drop-off `received_at` in microseconds since the epoch).
 */
export const statsWatermarks = pgTable('stats_watermarks', {
	source: text().primaryKey(),
	position: amount('position').notNull(),
	updatedAt: tz('updated_at').notNull()
});

/**
 * When each person last earned hours for a service, kept by the same incremental job, so
 * "active volunteers in the last 30 days" is a count over this small table, not over transfers.
 */
export const volunteerActivity = pgTable('volunteer_activity', {
	userId: integer('user_id').primaryKey(),
	communityId: integer('community_id').notNull(),
	lastServedDay: date('last_served_day').notNull()
});

/**
 * Partner settlement statements of a community not yet paid, kept current by the trigger on
 * `settlement_statements` (db/sql/080-stats-settlements.sql) and copied into each day's snapshot,
 * so neither the snapshot job nor a dashboard sums the statements themselves.
 */
export const communitySettlementTotals = pgTable('community_settlement_totals', {
	communityId: integer('community_id')
		.primaryKey()
		.references(() => nodes.id),
	statementsPending: integer('statements_pending').notNull().default(0),
	pendingCents: amount('pending_cents').notNull().default(0)
});
