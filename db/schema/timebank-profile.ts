import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './identity';

/**
 * What a resident says they can do, one row per skill code from the time-bank vocabulary
 * (web/src/lib/domain/timebank/skills.ts). Activities list the skills they need; the activity
 * list offers "matches my skills" and organisers see how many volunteers have them.
 */
export const residentSkills = pgTable(
	'resident_skills',
	{
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		skill: text().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.skill] }),
		index('resident_skills_skill_idx').on(t.skill),
		check('resident_skills_code_shape', sql`${t.skill} ~ '^[a-z_]{2,32}$'`)
	]
);

export type ResidentSkill = typeof residentSkills.$inferSelect;
