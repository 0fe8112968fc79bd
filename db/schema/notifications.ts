import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './identity';

const tz = (name: string) => timestamp(name, { withTimezone: true });

/** Parameters of a notification's message; rendered through the `notify.<type>` message key. */
export type NotificationParams = Record<string, string | number>;

/**
 * A user's inbox. The text is not stored: `type` picks the message `notify.<type>` and `params`
 * fill it in, so each person reads it in their own language, also after switching.
 */
export const notifications = pgTable(
	'notifications',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		type: text().notNull(),
		params: jsonb().$type<NotificationParams>().notNull().default({}),
		/** Where the notification leads inside the app (a path such as `/activities/12`). */
		link: text(),
		readAt: tz('read_at'),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [index('notifications_user_created_idx').on(t.userId, t.createdAt)]
);

export type Notification = typeof notifications.$inferSelect;
