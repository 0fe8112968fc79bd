import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { nodes } from './hierarchy';
import { users } from './identity';

const tz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A code a committee member hands out (on paper, by phone) so that a resident who registers with
 * it is verified at once. `uses` only grows, and never past `max_uses`, so a code cannot be
 * redeemed more often than it was issued for, even by two registrations at the same moment.
 */
export const invitations = pgTable(
	'invitations',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		/** Upper-case letters and digits without look-alikes (no 0/O, 1/I). */
		code: text().notNull().unique(),
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		createdBy: integer('created_by')
			.notNull()
			.references(() => users.id),
		maxUses: integer('max_uses').notNull().default(1),
		uses: integer().notNull().default(0),
		expiresAt: tz('expires_at').notNull(),
		revokedAt: tz('revoked_at'),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		index('invitations_community_idx').on(t.communityId),
		check('invitations_uses_in_range', sql`${t.uses} >= 0 and ${t.uses} <= ${t.maxUses}`),
		check('invitations_max_uses_positive', sql`${t.maxUses} between 1 and 500`)
	]
);

/** Who redeemed which code, so the committee can see whom a code let in. */
export const invitationRedemptions = pgTable(
	'invitation_redemptions',
	{
		invitationId: integer('invitation_id')
			.notNull()
			.references(() => invitations.id),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		redeemedAt: tz('redeemed_at').notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.invitationId, t.userId] })]
);

export type Invitation = typeof invitations.$inferSelect;
