import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { nodes } from './hierarchy';
import { users } from './identity';

const tz = (name: string) => timestamp(name, { withTimezone: true });
const CATEGORY = sql.raw(`('food', 'recyclable', 'hazardous', 'residual')`);

/** A community's sorting rules; a community without a row uses the defaults in code. */
export const sortingSettings = pgTable(
	'sorting_settings',
	{
		communityId: integer('community_id')
			.primaryKey()
			.references(() => nodes.id),
		pointsFood: integer('points_food').notNull(),
		pointsRecyclable: integer('points_recyclable').notNull(),
		pointsHazardous: integer('points_hazardous').notNull(),
		pointsResidual: integer('points_residual').notNull(),
		dailyCapPoints: integer('daily_cap_points').notNull(),
		/** Incorrect drop-offs in a week before the household gets guidance; 0 turns it off. */
		mistakeThreshold: integer('mistake_threshold').notNull(),
		/** Most drop-offs one inspector may record in a minute before it is a burst. */
		burstPerMinute: integer('burst_per_minute').notNull(),
		updatedBy: integer('updated_by').references(() => users.id),
		updatedAt: tz('updated_at').notNull().defaultNow()
	},
	(t) => [
		check(
			'sorting_settings_non_negative',
			sql`${t.pointsFood} >= 0 and ${t.pointsRecyclable} >= 0 and ${t.pointsHazardous} >= 0 and ${t.pointsResidual} >= 0 and ${t.dailyCapPoints} >= 0 and ${t.mistakeThreshold} >= 0 and ${t.burstPerMinute} > 0`
		)
	]
);

/** A collection point (投放点) of a community, with its hours and the bins it has. */
export const sortingPoints = pgTable(
	'sorting_points',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		name: text().notNull(),
		location: text().notNull().default(''),
		/** 'HH:MM' China time; equal values mean open all day. */
		opens: text().notNull(),
		closes: text().notNull(),
		categories: text().array().notNull(),
		active: boolean().notNull().default(true),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		index('sorting_points_community_idx').on(t.communityId),
		check(
			'sorting_points_hours',
			sql`${t.opens} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${t.closes} ~ '^[0-2][0-9]:[0-5][0-9]$'`
		)
	]
);

/** Which inspectors work at which point. */
export const sortingInspectors = pgTable(
	'sorting_inspectors',
	{
		pointId: integer('point_id')
			.notNull()
			.references(() => sortingPoints.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.pointId, t.userId] })]
);

/** Residents of one address; they share the daily cap. `building` groups statistics. */
export const sortingHouseholds = pgTable(
	'sorting_households',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		/** The grid (网格) the building is in, when the community has grids. */
		gridId: integer('grid_id').references(() => nodes.id),
		building: text().notNull(),
		/** The flat, e.g. '3单元502'; shown only to staff and the household. */
		unit: text().notNull(),
		cardNumber: text('card_number').notNull().unique(),
		/** Who a drop-off with the card (not a personal code) is credited to. */
		cardHolderId: integer('card_holder_id').references(() => users.id),
		lastGuidedAt: tz('last_guided_at'),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [index('sorting_households_community_idx').on(t.communityId, t.building)]
);

/** A resident belongs to at most one household. */
export const sortingHouseholdMembers = pgTable('sorting_household_members', {
	userId: integer('user_id')
		.primaryKey()
		.references(() => users.id),
	householdId: integer('household_id')
		.notNull()
		.references(() => sortingHouseholds.id, { onDelete: 'cascade' }),
	joinedAt: tz('joined_at').notNull().defaultNow()
});

/** A resident asking to join a household; the committee decides. */
export const sortingJoinRequests = pgTable(
	'sorting_join_requests',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id),
		householdId: integer('household_id')
			.notNull()
			.references(() => sortingHouseholds.id, { onDelete: 'cascade' }),
		status: text().notNull().default('pending'),
		decidedBy: integer('decided_by').references(() => users.id),
		createdAt: tz('created_at').notNull().defaultNow(),
		decidedAt: tz('decided_at')
	},
	(t) => [
		check('sorting_join_requests_status', sql`${t.status} in ('pending', 'approved', 'rejected')`),
		index('sorting_join_requests_household_idx').on(t.householdId, t.status)
	]
);

/**
 * One bag checked at a bin. The id is made on the inspector's phone, so a resend of the same
 * drop-off finds this row and never credits twice; the ledger transfer is keyed by it too.
 */
export const sortingDropoffs = pgTable(
	'sorting_dropoffs',
	{
		id: uuid().primaryKey(),
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		pointId: integer('point_id')
			.notNull()
			.references(() => sortingPoints.id),
		householdId: integer('household_id')
			.notNull()
			.references(() => sortingHouseholds.id),
		/** Who presented the code (or holds the card): the one credited. */
		residentId: integer('resident_id').references(() => users.id),
		inspectorId: integer('inspector_id')
			.notNull()
			.references(() => users.id),
		category: text().notNull(),
		correct: boolean().notNull(),
		note: text(),
		/** When the inspector tapped (phone time, checked); decides the day and the hours. */
		recordedAt: tz('recorded_at').notNull(),
		receivedAt: tz('received_at').notNull().defaultNow(),
		/** China-time day of recordedAt: the cap's day. */
		day: date({ mode: 'string' }).notNull(),
		points: integer().notNull(),
		/** awarded | partly_capped | capped | incorrect | no_points */
		reason: text().notNull(),
		/** Set once the points are on the ledger; null with points > 0 means still to pay. */
		transferId: uuid('transfer_id'),
		payError: text('pay_error')
	},
	(t) => [
		index('sorting_dropoffs_household_day_idx').on(t.householdId, t.day),
		index('sorting_dropoffs_community_day_idx').on(t.communityId, t.day),
		index('sorting_dropoffs_inspector_time_idx').on(t.inspectorId, t.recordedAt),
		index('sorting_dropoffs_received_idx').on(t.receivedAt),
		index('sorting_dropoffs_unpaid_idx')
			.on(t.receivedAt)
			.where(sql`${t.points} > 0 and ${t.transferId} is null`),
		check('sorting_dropoffs_category', sql`${t.category} in ${CATEGORY}`),
		check('sorting_dropoffs_points', sql`${t.points} >= 0`)
	]
);

/** A photo of a drop-off, kept apart so the hot table stays narrow. */
export const sortingPhotos = pgTable('sorting_photos', {
	dropoffId: uuid('dropoff_id')
		.primaryKey()
		.references(() => sortingDropoffs.id),
	mime: text().notNull(),
	/** Base64; the phone shrinks photos to well under 200 KB first. */
	data: text().notNull(),
	createdAt: tz('created_at').notNull().defaultNow()
});

/**
 * The household's points for one day: the row every recorder locks, so two inspectors at two
 * points cannot both award the last points under the cap.
 */
export const sortingDailyTallies = pgTable(
	'sorting_daily_tallies',
	{
		householdId: integer('household_id')
			.notNull()
			.references(() => sortingHouseholds.id),
		day: date({ mode: 'string' }).notNull(),
		points: integer().notNull().default(0),
		dropoffs: integer().notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.householdId, t.day] })]
);

/** Something the committee should look at: a burst of drop-offs from one inspector. */
export const sortingFlags = pgTable(
	'sorting_flags',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		inspectorId: integer('inspector_id')
			.notNull()
			.references(() => users.id),
		pointId: integer('point_id').references(() => sortingPoints.id),
		/** `burst`: recorded faster than anyone sorts; `late`: arrived long after it was recorded. */
		kind: text().notNull(),
		/** The drop-offs concerned: refused while the burst lasted, or accepted late (name kept). */
		refused: integer().notNull().default(1),
		/** A burst's first recorded minute, a late sync's arrival minute: one event, one flag. */
		minute: tz('minute').notNull(),
		createdAt: tz('created_at').notNull().defaultNow(),
		resolvedAt: tz('resolved_at'),
		resolvedBy: integer('resolved_by').references(() => users.id)
	},
	(t) => [
		index('sorting_flags_community_idx').on(t.communityId, t.resolvedAt),
		uniqueIndex('sorting_flags_one_per_minute').on(t.inspectorId, t.kind, t.minute)
	]
);

/** The "what goes where" guide; community null means the platform's own list. */
export const sortingGuideItems = pgTable(
	'sorting_guide_items',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		communityId: integer('community_id').references(() => nodes.id),
		name: text().notNull(),
		category: text().notNull(),
		hint: text().notNull().default(''),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		check('sorting_guide_items_category', sql`${t.category} in ${CATEGORY}`),
		index('sorting_guide_items_community_idx').on(t.communityId)
	]
);

/**
 * Platform guide items a community has taken out of its guide (wrong for its bins, or replaced by
 * its own wording): the platform's list stays shared, each community chooses what it shows.
 */
export const sortingGuideHidden = pgTable(
	'sorting_guide_hidden',
	{
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		itemId: integer('item_id')
			.notNull()
			.references(() => sortingGuideItems.id, { onDelete: 'cascade' }),
		hiddenAt: tz('hidden_at').notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.communityId, t.itemId] })]
);

export type SortingPointRow = typeof sortingPoints.$inferSelect;
export type SortingHouseholdRow = typeof sortingHouseholds.$inferSelect;
export type SortingDropoffRow = typeof sortingDropoffs.$inferSelect;
export type SortingGuideItemRow = typeof sortingGuideItems.$inferSelect;
