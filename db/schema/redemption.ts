import { sql } from 'drizzle-orm';
import {
	bigint,
	check,
	date,
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
import { partners } from './partners';

const tz = (name: string) => timestamp(name, { withTimezone: true });
const money = (name: string) => bigint(name, { mode: 'number' });

export const settlementPeriod = pgEnum('settlement_period', ['weekly', 'monthly']);

/**
 * A community's redemption settings: how many points make one yuan (100 = ¥1 per 100 points) and
 * how often partners are settled. A community without a row uses the defaults.
 */
export const communityRedemptionSettings = pgTable(
	'community_redemption_settings',
	{
		communityId: integer('community_id')
			.primaryKey()
			.references(() => nodes.id),
		pointsPerYuan: integer('points_per_yuan').notNull().default(100),
		period: settlementPeriod().notNull().default('monthly'),
		updatedAt: tz('updated_at').notNull().defaultNow()
	},
	(t) => [check('redemption_settings_rate_positive', sql`${t.pointsPerYuan} > 0`)]
);

export const offerStatus = pgEnum('offer_status', ['draft', 'live', 'paused', 'ended']);

/**
 * What a partner offers for points. `redeemed` counts vouchers that hold stock (issued or used);
 * a cancelled or expired voucher gives its unit back. The CHECK is the backstop under concurrency.
 */
export const offers = pgTable(
	'offers',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		partnerId: integer('partner_id')
			.notNull()
			.references(() => partners.id),
		title: text().notNull(),
		description: text().notNull().default(''),
		category: text().notNull(),
		pricePoints: integer('price_points').notNull(),
		/** Null: unlimited. */
		stock: integer(),
		redeemed: integer().notNull().default(0),
		/** Vouchers one resident may take per calendar month; null: no limit. */
		monthlyLimit: integer('monthly_limit'),
		validFrom: tz('valid_from').notNull(),
		validUntil: tz('valid_until').notNull(),
		voucherDays: integer('voucher_days').notNull().default(14),
		status: offerStatus().notNull().default('draft'),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		index('offers_status_idx').on(t.status, t.category),
		index('offers_partner_idx').on(t.partnerId),
		check('offers_price_positive', sql`${t.pricePoints} > 0`),
		check(
			'offers_stock',
			sql`${t.stock} is null or (${t.stock} >= 0 and ${t.redeemed} <= ${t.stock})`
		),
		check('offers_redeemed_non_negative', sql`${t.redeemed} >= 0`),
		check('offers_limit_positive', sql`${t.monthlyLimit} is null or ${t.monthlyLimit} > 0`),
		check('offers_window', sql`${t.validUntil} > ${t.validFrom}`),
		check('offers_voucher_days', sql`${t.voucherDays} between 1 and 90`)
	]
);

export const offerCommunities = pgTable(
	'offer_communities',
	{
		offerId: integer('offer_id')
			.notNull()
			.references(() => offers.id, { onDelete: 'cascade' }),
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id)
	},
	(t) => [
		primaryKey({ columns: [t.offerId, t.communityId] }),
		index('offer_communities_community_idx').on(t.communityId)
	]
);

/** How many vouchers a resident took of an offer in a month ('2026-01'), for the monthly limit. */
export const redemptionCounts = pgTable(
	'redemption_counts',
	{
		userId: integer('user_id')
			.notNull()
			.references(() => users.id),
		offerId: integer('offer_id')
			.notNull()
			.references(() => offers.id),
		month: text().notNull(),
		count: integer().notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.userId, t.offerId, t.month] })]
);

export const voucherStatus = pgEnum('voucher_status', [
	'pending',
	'issued',
	'used',
	'cancelled',
	'expired',
	'failed'
]);

/**
 * One redemption. `pending` means stock is reserved and the hold is being placed; a crash there
 * is repaired by the expiry job, which replays the hold under the same idempotency key.
 */
export const vouchers = pgTable(
	'vouchers',
	{
		id: uuid().primaryKey(),
		code: text().notNull().unique(),
		offerId: integer('offer_id')
			.notNull()
			.references(() => offers.id),
		partnerId: integer('partner_id')
			.notNull()
			.references(() => partners.id),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id),
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		/** The resident's own key for this redemption, so a double tap issues one voucher. */
		requestKey: text('request_key').notNull(),
		points: integer().notNull(),
		month: text().notNull(),
		status: voucherStatus().notNull().default('pending'),
		holdId: uuid('hold_id'),
		captureId: uuid('capture_id'),
		voidId: uuid('void_id'),
		expiresAt: tz('expires_at').notNull(),
		usedAt: tz('used_at'),
		confirmedBy: integer('confirmed_by').references(() => users.id),
		statementId: integer('statement_id'),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		unique('vouchers_user_request_key').on(t.userId, t.requestKey),
		index('vouchers_user_idx').on(t.userId, t.createdAt),
		index('vouchers_expiry_idx').on(t.status, t.expiresAt),
		index('vouchers_settle_idx').on(t.partnerId, t.communityId, t.status, t.usedAt),
		check('vouchers_points_positive', sql`${t.points} > 0`)
	]
);

export const statementStatus = pgEnum('statement_status', ['draft', 'approved', 'paid']);

/**
 * A partner's captured points in one community and period, converted at the community's rate as
 * it was when the statement was made (kept here so later rate changes never alter it).
 */
export const settlementStatements = pgTable(
	'settlement_statements',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		partnerId: integer('partner_id')
			.notNull()
			.references(() => partners.id),
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		periodStart: date('period_start').notNull(),
		periodEnd: date('period_end').notNull(),
		points: money('points').notNull(),
		cents: money('cents').notNull(),
		pointsPerYuan: integer('points_per_yuan').notNull(),
		status: statementStatus().notNull().default('draft'),
		approvedBy: integer('approved_by').references(() => users.id),
		approvedAt: tz('approved_at'),
		paidBy: integer('paid_by').references(() => users.id),
		paidAt: tz('paid_at'),
		paymentMethod: text('payment_method'),
		paymentReference: text('payment_reference'),
		stripeTransferId: text('stripe_transfer_id').unique(),
		/** Set when Stripe's transfer.created event for this statement arrived. */
		stripeConfirmedAt: tz('stripe_confirmed_at'),
		ledgerTransferId: uuid('ledger_transfer_id'),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		// Not unique per period: a committee may settle part of a period early. Each voucher names
		// its statement once (vouchers.statement_id), which is what prevents paying twice.
		index('statements_partner_idx').on(t.partnerId, t.communityId, t.periodStart),
		check('statements_amounts', sql`${t.points} > 0 and ${t.cents} >= 0`),
		check(
			'statements_paid_shape',
			sql`${t.status} <> 'paid' or (${t.paidAt} is not null and ${t.paymentReference} is not null)`
		)
	]
);

export const sponsorshipStatus = pgEnum('sponsorship_status', ['pending', 'paid', 'expired']);

/** A sponsor's payment into a community's points pool through Stripe Checkout. */
export const sponsorships = pgTable(
	'sponsorships',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		sponsorName: text('sponsor_name').notNull(),
		email: text(),
		cents: money('cents').notNull(),
		points: money('points').notNull(),
		pointsPerYuan: integer('points_per_yuan').notNull(),
		checkoutSessionId: text('checkout_session_id').unique(),
		status: sponsorshipStatus().notNull().default('pending'),
		ledgerTransferId: uuid('ledger_transfer_id'),
		/**
		 * The sponsor's receipt is at /sponsor/receipts/<token>: sponsors have no account, so the
		 * unguessable token is what lets them (and only them) see it. Null on rows made before.
		 */
		receiptToken: text('receipt_token').unique(),
		createdAt: tz('created_at').notNull().defaultNow(),
		paidAt: tz('paid_at')
	},
	(t) => [check('sponsorships_amount', sql`${t.cents} > 0 and ${t.points} > 0`)]
);

/** Each Stripe event id once: a replayed delivery finds its row and does nothing. */
export const stripeEvents = pgTable('stripe_events', {
	id: text().primaryKey(),
	type: text().notNull(),
	/** What the handler did: 'handled', 'ignored:<why>'. */
	outcome: text().notNull(),
	receivedAt: tz('received_at').notNull().defaultNow()
});

export type Offer = typeof offers.$inferSelect;
export type Voucher = typeof vouchers.$inferSelect;
export type SettlementStatement = typeof settlementStatements.$inferSelect;
export type Sponsorship = typeof sponsorships.$inferSelect;
