import { sql } from 'drizzle-orm';
import {
	check,
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

export const organisationStatus = pgEnum('organisation_status', [
	'pending',
	'approved',
	'rejected'
]);

/**
 * A social organisation (volunteer team, elders' association) working at a node: a community, or
 * a street when it serves several communities. The committee approves it; its organisers then
 * hold the `organiser` role on that node.
 */
export const organisations = pgTable(
	'organisations',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		name: text().notNull(),
		nodeId: integer('node_id')
			.notNull()
			.references(() => nodes.id),
		status: organisationStatus().notNull().default('pending'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('organisations_node_idx').on(t.nodeId),
		check('organisations_name_not_blank', sql`length(trim(${t.name})) > 0`)
	]
);

export const organisationMembers = pgTable(
	'organisation_members',
	{
		orgId: integer('org_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' })
	},
	(t) => [
		primaryKey({ columns: [t.orgId, t.userId] }),
		index('organisation_members_user_idx').on(t.userId)
	]
);

export type Organisation = typeof organisations.$inferSelect;
export type OrganisationStatus = (typeof organisationStatus.enumValues)[number];
