import type postgres from 'postgres';
import {
	notifications,
	type Notification,
	type NotificationParams
} from '../../../../../db/schema';
import { userChannel } from '../../realtime/channels';
import type { Executor } from '../auth/db';
import { realtime, type RealtimePort } from '../realtime/realtime';

/** The drizzle database or transaction, or the `postgres` pool or transaction under it. */
export type NotifyExecutor = Executor | postgres.Sql | postgres.TransactionSql;

export interface NotifyInput {
	userId: number;
	/** Picks the message `notify.<type>`, e.g. `hours_confirmed`. */
	type: string;
	params?: NotificationParams;
	/** A path inside the app, e.g. `/activities/12`. */
	link?: string | null;
}

export interface PendingNotification {
	notification: Notification;
	/** Sends the live update; call it after your transaction commits. Never throws, runs once. */
	publish(): Promise<void>;
}

/** The event browsers receive on `private-user-{id}`. */
export const NOTIFICATION_EVENT = 'notification';

const TYPE_PATTERN = /^[a-z][a-z0-9_.]*$/;

/**
 * Puts a notification in the user's inbox and tells their open pages. Given a transaction, only
 * the insert happens; the caller publishes after commit, so nobody hears of a row that was rolled
 * back. Given a pool or database, it publishes at once.
 */
export async function notify(
	executor: NotifyExecutor,
	input: NotifyInput,
	port: RealtimePort = realtime()
): Promise<PendingNotification> {
	// Programming errors, not user input: every type and link comes from feature code.
	if (!TYPE_PATTERN.test(input.type)) throw new Error(`Bad notification type ${input.type}`);
	if (input.link && !/^\/(?!\/)/.test(input.link)) throw new Error('Links must be app paths');
	const notification =
		typeof executor === 'function'
			? await insertRaw(executor, input)
			: await insert(executor, input);
	const pending = pendingFor(notification, port);
	if (!inTransaction(executor)) await pending.publish();
	return pending;
}

/**
 * Many notifications in one insert, inside the caller's transaction (a batch of drop-offs, on the
 * connection of a pipelined transaction or in `sql.begin`); the caller publishes each after
 * commit, as with notify().
 */
export async function notifyMany(
	tx: postgres.TransactionSql | postgres.ReservedSql,
	inputs: NotifyInput[],
	port: RealtimePort = realtime()
): Promise<PendingNotification[]> {
	if (inputs.length === 0) return [];
	for (const input of inputs) {
		if (!TYPE_PATTERN.test(input.type)) throw new Error(`Bad notification type ${input.type}`);
		if (input.link && !/^\/(?!\/)/.test(input.link)) throw new Error('Links must be app paths');
	}
	const rows = inputs.map((input, n) => ({
		n,
		user_id: input.userId,
		type: input.type,
		params: JSON.stringify(input.params ?? {}),
		link: input.link ?? null
	}));
	const inserted = await tx<RawRow[]>`
		insert into notifications (user_id, type, params, link)
		select r.user_id, r.type, r.params::jsonb, r.link
		from json_to_recordset(${JSON.stringify(rows)}::text::json)
			as r(n int, user_id int, type text, params text, link text)
		order by r.n
		returning id, user_id as "userId", type, params::text as params, link,
			to_json(read_at) #>> '{}' as "readAt", to_json(created_at) #>> '{}' as "createdAt"`;
	return inserted.map((row) => pendingFor(fromRaw(row), port));
}

function pendingFor(notification: Notification, port: RealtimePort): PendingNotification {
	let published = false;
	const pending: PendingNotification = {
		notification,
		async publish() {
			if (published) return;
			published = true;
			const { id, type, params, link, createdAt } = notification;
			await port.trigger(userChannel(notification.userId), NOTIFICATION_EVENT, {
				id,
				type,
				params,
				link,
				createdAt: createdAt.toISOString()
			});
		}
	};
	return pending;
}

async function insert(db: Executor, input: NotifyInput): Promise<Notification> {
	const [row] = await db
		.insert(notifications)
		.values({
			userId: input.userId,
			type: input.type,
			params: input.params ?? {},
			link: input.link
		})
		.returning();
	if (!row) throw new Error('insert returned no row');
	return row;
}

interface RawRow {
	id: number;
	userId: number;
	type: string;
	params: string;
	link: string | null;
	readAt: string | null;
	createdAt: string;
}

/**
 * The same insert through a `postgres` client (a tagged-template function, pool or transaction).
 * Values travel as text both ways: drizzle, sharing the pool, replaces its JSON and date parsing.
 */
async function insertRaw(sql: postgres.Sql | postgres.TransactionSql, input: NotifyInput) {
	const params = JSON.stringify(input.params ?? {});
	const [row] = await sql<RawRow[]>`
		insert into notifications (user_id, type, params, link)
		values (${input.userId}, ${input.type}, ${params}::jsonb, ${input.link ?? null})
		returning id, user_id as "userId", type, params::text as params, link,
			to_json(read_at) #>> '{}' as "readAt", to_json(created_at) #>> '{}' as "createdAt"`;
	if (!row) throw new Error('insert returned no row');
	return fromRaw(row);
}

function fromRaw(row: RawRow): Notification {
	return {
		id: row.id,
		userId: row.userId,
		type: row.type,
		params: JSON.parse(row.params) as NotificationParams,
		link: row.link,
		readAt: row.readAt === null ? null : new Date(row.readAt),
		createdAt: new Date(row.createdAt)
	};
}

function inTransaction(executor: NotifyExecutor): boolean {
	return typeof executor === 'function' ? 'savepoint' in executor : 'rollback' in executor;
}
