import { desc } from 'drizzle-orm';
import { outgoingMessages } from '../../../../../db/schema';
import type { Executor } from '../auth/db';
import type { Mailer, OutgoingMessage } from './mailer';

/**
 * The default adapter: every message is stored in `outgoing_messages`. Without an SMTP server or
 * an SMS provider this is where messages end up; in development they are read at /dev/mailbox.
 */
export function createOutboxMailer(db: Executor, clock: () => Date = () => new Date()): Mailer {
	return {
		async send(message: OutgoingMessage) {
			await db.insert(outgoingMessages).values({ ...message, createdAt: clock() });
		}
	};
}

export interface StoredMessage extends OutgoingMessage {
	id: number;
	sentAt: Date | null;
	createdAt: Date;
}

/** The newest messages first, for the development mailbox. */
export async function listOutgoingMessages(db: Executor, limit = 50): Promise<StoredMessage[]> {
	return db.select().from(outgoingMessages).orderBy(desc(outgoingMessages.id)).limit(limit);
}
