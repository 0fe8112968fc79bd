import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
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
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [check('partners_name_not_blank', sql`length(trim(${t.name})) > 0`)]
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

export type Partner = typeof partners.$inferSelect;
export type PartnerStatus = (typeof partnerStatus.enumValues)[number];
