import { and, count, desc, eq, isNull, lt } from 'drizzle-orm';
import { notifications, type Notification } from '../../../../../db/schema';
import type { Executor } from '../auth/db';

export const INBOX_PAGE_SIZE = 50;

/** The newest notifications first; `beforeId` pages further back. */
export async function listInbox(
	db: Executor,
	userId: number,
	options: { limit?: number; beforeId?: number } = {}
): Promise<Notification[]> {
	const mine = eq(notifications.userId, userId);
	return db
		.select()
		.from(notifications)
		.where(options.beforeId ? and(mine, lt(notifications.id, options.beforeId)) : mine)
		.orderBy(desc(notifications.createdAt), desc(notifications.id))
		.limit(options.limit ?? INBOX_PAGE_SIZE);
}

export async function countUnread(db: Executor, userId: number): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(notifications)
		.where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
	return row?.n ?? 0;
}

/** Marks one of the user's notifications read; false when it is not theirs or already read. */
export async function markRead(db: Executor, userId: number, id: number): Promise<boolean> {
	const rows = await db
		.update(notifications)
		.set({ readAt: new Date() })
		.where(
			and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt))
		)
		.returning({ id: notifications.id });
	return rows.length > 0;
}

/** Marks all of the user's unread notifications read; returns how many changed. */
export async function markAllRead(db: Executor, userId: number): Promise<number> {
	const rows = await db
		.update(notifications)
		.set({ readAt: new Date() })
		.where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
		.returning({ id: notifications.id });
	return rows.length;
}
