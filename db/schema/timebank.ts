import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	doublePrecision,
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { nodes } from './hierarchy';
import { users } from './identity';
import { organisations } from './organisations';

const tz = (name: string) => timestamp(name, { withTimezone: true });
const userRef = (name: string) => integer(name).references(() => users.id);

/** Per-community time-bank settings; a community without a row uses the defaults. */
export const timebankSettings = pgTable(
	'timebank_settings',
	{
		communityId: integer('community_id')
			.primaryKey()
			.references(() => nodes.id),
		/** How far below zero a resident's hours may go, in minutes (PRODUCT.md: default −10 h). */
		creditLimitMinutes: integer('credit_limit_minutes').notNull().default(-600),
		/**
		 * The community's map point (its service centre), set by the committee: distances on the
		 * activity list are measured from it when a resident's phone gives no position.
		 */
		latitude: doublePrecision(),
		longitude: doublePrecision(),
		updatedAt: tz('updated_at').notNull().defaultNow()
	},
	(t) => [
		check('timebank_settings_point_whole', sql`(${t.latitude} is null) = (${t.longitude} is null)`),
		check(
			'timebank_settings_point_range',
			sql`${t.latitude} is null or (${t.latitude} between -90 and 90 and ${t.longitude} between -180 and 180)`
		)
	]
);

export const activityStatus = pgEnum('activity_status', [
	'draft',
	'published',
	'cancelled',
	'finished'
]);

/**
 * An organised volunteering activity. `nodeId` is its audience: residents of communities at or
 * below that node may sign up. `communityId` is the community whose accounts pay the hours.
 */
export const activities = pgTable(
	'activities',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		nodeId: integer('node_id')
			.notNull()
			.references(() => nodes.id),
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		orgId: integer('org_id').references(() => organisations.id),
		createdBy: userRef('created_by').notNull(),
		title: text().notNull(),
		description: text().notNull().default(''),
		category: text().notNull(),
		/** Lower-case skill words, matched against a volunteer's own. */
		skills: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		place: text().notNull(),
		latitude: doublePrecision(),
		longitude: doublePrecision(),
		/** Self check-in farther than this from the point is refused; null: no geofence. */
		geofenceMetres: integer('geofence_metres'),
		pointsPerHour: integer('points_per_hour').notNull().default(0),
		signupDeadline: tz('signup_deadline').notNull(),
		status: activityStatus().notNull().default('draft'),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		index('activities_node_status_idx').on(t.nodeId, t.status),
		check('activities_points_non_negative', sql`${t.pointsPerHour} >= 0`),
		check('activities_title_not_blank', sql`length(trim(${t.title})) > 0`)
	]
);

export const activitySlots = pgTable(
	'activity_slots',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		activityId: integer('activity_id')
			.notNull()
			.references(() => activities.id, { onDelete: 'cascade' }),
		startsAt: tz('starts_at').notNull(),
		endsAt: tz('ends_at').notNull(),
		capacity: integer().notNull(),
		/** The hours credited for attending the whole slot, in minutes. */
		minutesCredited: integer('minutes_credited').notNull(),
		confirmedAt: tz('confirmed_at'),
		confirmedBy: userRef('confirmed_by')
	},
	(t) => [
		index('activity_slots_activity_idx').on(t.activityId),
		index('activity_slots_starts_idx').on(t.startsAt),
		check('activity_slots_order', sql`${t.endsAt} > ${t.startsAt}`),
		check('activity_slots_capacity', sql`${t.capacity} > 0`),
		check('activity_slots_minutes', sql`${t.minutesCredited} > 0`)
	]
);

export const signupStatus = pgEnum('signup_status', ['signed_up', 'waiting', 'cancelled']);

export const activitySignups = pgTable(
	'activity_signups',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		slotId: integer('slot_id')
			.notNull()
			.references(() => activitySlots.id, { onDelete: 'cascade' }),
		userId: userRef('user_id').notNull(),
		status: signupStatus().notNull(),
		/** When the person joined the list they are on: the waiting list is served in this order. */
		queuedAt: tz('queued_at').notNull().defaultNow(),
		remindedDayBefore: boolean('reminded_day_before').notNull().default(false),
		remindedHourBefore: boolean('reminded_hour_before').notNull().default(false),
		actorId: userRef('actor_id').notNull()
	},
	(t) => [
		unique('activity_signups_slot_user_key').on(t.slotId, t.userId),
		index('activity_signups_user_idx').on(t.userId)
	]
);

export const attendanceMethod = pgEnum('attendance_method', ['qr', 'scan', 'manual']);

/** One row per volunteer per slot, from check-in to confirmation. */
export const attendance = pgTable(
	'attendance',
	{
		slotId: integer('slot_id')
			.notNull()
			.references(() => activitySlots.id, { onDelete: 'cascade' }),
		userId: userRef('user_id').notNull(),
		checkInAt: tz('check_in_at').notNull(),
		checkOutAt: tz('check_out_at'),
		method: attendanceMethod().notNull(),
		/** Why attendance was marked by hand, or why the minutes were edited. */
		reason: text(),
		/** Closed by the slot-end job rather than by the volunteer. */
		autoClosed: boolean('auto_closed').notNull().default(false),
		/** The organiser's figure; null means "as measured". */
		minutesOverride: integer('minutes_override'),
		confirmedMinutes: integer('confirmed_minutes'),
		hourTransferId: uuid('hour_transfer_id'),
		pointTransferId: uuid('point_transfer_id'),
		confirmedAt: tz('confirmed_at'),
		confirmedBy: userRef('confirmed_by')
	},
	(t) => [
		primaryKey({ columns: [t.slotId, t.userId] }),
		check(
			'attendance_out_after_in',
			sql`${t.checkOutAt} is null or ${t.checkOutAt} >= ${t.checkInAt}`
		)
	]
);

/** Each rotating code a person used, so the same code never counts twice for them. */
export const qrCodeUses = pgTable(
	'qr_code_uses',
	{
		slotId: integer('slot_id')
			.notNull()
			.references(() => activitySlots.id, { onDelete: 'cascade' }),
		userId: userRef('user_id').notNull(),
		window: integer().notNull(),
		usedAt: tz('used_at').notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.slotId, t.userId, t.window] })]
);

export const aidKind = pgEnum('aid_kind', ['request', 'offer']);
export const aidStatus = pgEnum('aid_status', [
	'open',
	'accepted',
	'recorded',
	'confirmed',
	'disputed',
	'resolved',
	'cancelled'
]);

/** A mutual-aid request or offer and, once matched, the exchange between the two people. */
export const aidPosts = pgTable(
	'aid_posts',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		kind: aidKind().notNull(),
		authorId: userRef('author_id').notNull(),
		/** The other person, chosen by the author among those who responded. */
		partnerId: userRef('partner_id'),
		title: text().notNull(),
		description: text().notNull().default(''),
		category: text().notNull(),
		estimatedMinutes: integer('estimated_minutes').notNull(),
		windowStart: tz('window_start'),
		windowEnd: tz('window_end'),
		place: text().notNull().default(''),
		status: aidStatus().notNull().default('open'),
		recordedMinutes: integer('recorded_minutes'),
		recordedBy: userRef('recorded_by'),
		recordedAt: tz('recorded_at'),
		transferId: uuid('transfer_id'),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		index('aid_posts_community_status_idx').on(t.communityId, t.status),
		check('aid_posts_estimate_positive', sql`${t.estimatedMinutes} > 0`)
	]
);

export const aidResponses = pgTable(
	'aid_responses',
	{
		postId: integer('post_id')
			.notNull()
			.references(() => aidPosts.id, { onDelete: 'cascade' }),
		userId: userRef('user_id').notNull(),
		message: text().notNull().default(''),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.postId, t.userId] })]
);

/** Every step of an exchange, kept for the committee: posted, accepted, recorded, disputed, … */
export const aidEvents = pgTable(
	'aid_events',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		postId: integer('post_id')
			.notNull()
			.references(() => aidPosts.id, { onDelete: 'cascade' }),
		type: text().notNull(),
		/** 0 is the platform (automatic acceptance). */
		actorId: integer('actor_id').notNull(),
		onBehalfOfId: userRef('on_behalf_of_id'),
		minutes: integer(),
		note: text(),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [index('aid_events_post_idx').on(t.postId)]
);

export const aidRatings = pgTable(
	'aid_ratings',
	{
		postId: integer('post_id')
			.notNull()
			.references(() => aidPosts.id, { onDelete: 'cascade' }),
		raterId: userRef('rater_id').notNull(),
		rateeId: userRef('ratee_id').notNull(),
		stars: integer().notNull(),
		thanks: text().notNull().default(''),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.postId, t.raterId] }),
		check('aid_ratings_stars', sql`${t.stars} between 1 and 5`)
	]
);

export const donationStatus = pgEnum('donation_status', [
	'pending',
	'accepted',
	'declined',
	'done',
	/** Not answered within 14 days: the held hours went back to the donor. */
	'expired'
]);

/** Hours given to a family member (who accepts; held until then) or to the care pool. */
export const hourDonations = pgTable(
	'hour_donations',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		donorId: userRef('donor_id').notNull(),
		/** Null: the community's care pool. */
		recipientId: userRef('recipient_id'),
		minutes: integer().notNull(),
		status: donationStatus().notNull(),
		transferId: uuid('transfer_id'),
		actorId: userRef('actor_id').notNull(),
		createdAt: tz('created_at').notNull().defaultNow(),
		decidedAt: tz('decided_at')
	},
	(t) => [
		index('hour_donations_recipient_idx').on(t.recipientId),
		check('hour_donations_minutes', sql`${t.minutes} > 0`)
	]
);

export const carePoolGrants = pgTable('care_pool_grants', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	communityId: integer('community_id')
		.notNull()
		.references(() => nodes.id),
	recipientId: userRef('recipient_id').notNull(),
	minutes: integer().notNull(),
	reason: text().notNull(),
	grantedBy: userRef('granted_by').notNull(),
	transferId: uuid('transfer_id'),
	createdAt: tz('created_at').notNull().defaultNow()
});

/** A resident's named proxy (代办): a family member or volunteer who may act for them. */
export const proxyGrants = pgTable(
	'proxy_grants',
	{
		residentId: userRef('resident_id').notNull(),
		proxyId: userRef('proxy_id').notNull(),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.residentId, t.proxyId] }),
		index('proxy_grants_proxy_idx').on(t.proxyId),
		check('proxy_grants_not_self', sql`${t.residentId} <> ${t.proxyId}`)
	]
);

/** Every action someone took for a resident; the resident sees this list. */
export const proxyActions = pgTable(
	'proxy_actions',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		residentId: userRef('resident_id').notNull(),
		actorId: userRef('actor_id').notNull(),
		/** A message key suffix, e.g. `aid.post`, `aid.confirm`, `activity.signup`. */
		action: text().notNull(),
		/** Opaque ids of what was touched, e.g. `aid-post:4`. */
		reference: text().notNull(),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [index('proxy_actions_resident_idx').on(t.residentId, t.createdAt)]
);

export type Activity = typeof activities.$inferSelect;
export type ActivitySlot = typeof activitySlots.$inferSelect;
export type ActivitySignup = typeof activitySignups.$inferSelect;
export type AttendanceRow = typeof attendance.$inferSelect;
export type AidPost = typeof aidPosts.$inferSelect;
export type AidEvent = typeof aidEvents.$inferSelect;
export type HourDonation = typeof hourDonations.$inferSelect;
