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
	timestamp
} from 'drizzle-orm/pg-core';
import { nodes } from './hierarchy';
import { users } from './identity';

export const partnerStatus = pgEnum('partner_status', [
	'pending',
	'approved',
	'rejected',
	'suspended'
]);

/** A business that accepts points for services. Its staff hold the `partner` role. */
export const partners = pgTable(
	'partners',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		name: text().notNull(),
		/** Unified social credit code (统一社会信用代码) from the business licence. */
		licenceNo: text('licence_no').notNull().unique(),
		status: partnerStatus().notNull().default('pending'),
		/** Application fields (issue 7); nullable because the first partners predate them. */
		contactName: text('contact_name'),
		/** Legacy plaintext; always null now (the number is in contact_phone_cipher). */
		contactPhone: text('contact_phone'),
		/** The contact's mobile, AES-GCM encrypted (crypto/field-cipher.ts, field 'phone'). */
		contactPhoneCipher: text('contact_phone_cipher'),
		address: text(),
		categories: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Who applied; becomes the first manager on approval. */
		applicantId: integer('applicant_id').references(() => users.id),
		/** Stripe Connect Express account, once the partner has started onboarding. */
		stripeAccountId: text('stripe_account_id').unique(),
		stripePayoutsEnabled: boolean('stripe_payouts_enabled').notNull().default(false),
		/** Where the shop is, so residents can find offers near them; set by the manager. */
		latitude: doublePrecision(),
		longitude: doublePrecision(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('partners_name_not_blank', sql`length(trim(${t.name})) > 0`),
		check('partners_point_whole', sql`(${t.latitude} is null) = (${t.longitude} is null)`),
		check(
			'partners_point_on_earth',
			sql`${t.latitude} is null or (${t.latitude} between -90 and 90 and ${t.longitude} between -180 and 180)`
		)
	]
);

export const partnerStaff = pgTable(
	'partner_staff',
	{
		partnerId: integer('partner_id')
			.notNull()
			.references(() => partners.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** Managers see settlements and manage staff; other staff only confirm redemptions. */
		isManager: boolean('is_manager').notNull().default(false)
	},
	(t) => [
		primaryKey({ columns: [t.partnerId, t.userId] }),
		index('partner_staff_user_idx').on(t.userId)
	]
);

export const partnerCommunityStatus = pgEnum('partner_community_status', [
	'pending',
	'approved',
	'rejected'
]);

/**
 * Which communities a partner serves. A committee decides per community, so one partner may be
 * approved in one community and still pending in another.
 */
export const partnerCommunities = pgTable(
	'partner_communities',
	{
		partnerId: integer('partner_id')
			.notNull()
			.references(() => partners.id, { onDelete: 'cascade' }),
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		status: partnerCommunityStatus().notNull().default('pending'),
		reason: text(),
		decidedBy: integer('decided_by').references(() => users.id),
		decidedAt: timestamp('decided_at', { withTimezone: true })
	},
	(t) => [
		primaryKey({ columns: [t.partnerId, t.communityId] }),
		index('partner_communities_community_idx').on(t.communityId, t.status),
		check(
			'partner_communities_rejection_reason',
			sql`${t.status} <> 'rejected' or ${t.reason} is not null`
		)
	]
);

export type Partner = typeof partners.$inferSelect;
export type PartnerStatus = (typeof partnerStatus.enumValues)[number];
