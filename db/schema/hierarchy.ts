import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	pgEnum,
	pgTable,
	text,
	timestamp,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';

export const nodeLevel = pgEnum('node_level', ['city', 'district', 'street', 'community', 'grid']);

/**
 * One row per place in the hierarchy city → district → street → community → grid.
 * `path` is the chain of ids from the root, e.g. `/1/4/9/`, so "is X at or below Y" is a prefix
 * test that an index can answer, and roles granted on a node reach everything under it.
 *
 * The trigger in db/sql/hierarchy.sql fills `path` on insert (callers never compute it), checks
 * that a child is exactly one level below its parent, and refuses to move a node: moving would
 * silently change who holds power over everything below it.
 */
export const nodes = pgTable(
	'nodes',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		parentId: integer('parent_id').references((): AnyPgColumn => nodes.id),
		level: nodeLevel().notNull(),
		name: text().notNull(),
		nameEn: text('name_en'),
		/** Filled by the `nodes_fill_path` trigger; the default only satisfies the insert type. */
		path: text().notNull().unique().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('nodes_parent_idx').on(t.parentId),
		check('nodes_root_is_city', sql`(${t.parentId} is null) = (${t.level} = 'city')`),
		check('nodes_name_not_blank', sql`length(trim(${t.name})) > 0`),
		check('nodes_path_shape', sql`${t.path} ~ '^(/[0-9]+)+/$'`)
	]
);

export type Node = typeof nodes.$inferSelect;
export type NodeLevel = (typeof nodeLevel.enumValues)[number];
