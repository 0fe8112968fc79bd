import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications, users } from '../../../db/schema';
import { sendDigests } from '../../../web/src/lib/server/notifications/digest';
import {
	countUnread,
	listInbox,
	markAllRead,
	markRead
} from '../../../web/src/lib/server/notifications/inbox';
import { notify } from '../../../web/src/lib/server/notifications/notify';
import { notificationText } from '../../../web/src/lib/server/notifications/render';
import {
	createPusherClient,
	createRealtime,
	type RealtimePort
} from '../../../web/src/lib/server/realtime/realtime';
import { createTestDatabase } from '../../helpers/db';
import { APP, RawClient, startHarness } from './harness';

const db = await createTestDatabase();

let phone = 13800000000;
async function createUser(name: string): Promise<number> {
	phone += 1;
	const [row] = await db.db
		.insert(users)
		.values({ displayName: name, passwordHash: 'x', phone: String(phone) })
		.returning({ id: users.id });
	if (!row) throw new Error('no user');
	return row.id;
}

/** A port that records what would have gone out. */
function recordingPort() {
	const sent: { channel: string | string[]; event: string; data: unknown }[] = [];
	const port: RealtimePort = {
		trigger: async (channel, event, data) => {
			sent.push({ channel, event, data });
			return true;
		},
		triggerBatch: async () => true
	};
	return { port, sent };
}

describe('notify', () => {
	it('should insert the notification and publish it on the user’s channel', async () => {
		const userId = await createUser('李');
		const { port, sent } = recordingPort();
		const { notification } = await notify(
			db.db,
			{ userId, type: 'points_received', params: { points: 20 }, link: '/points' },
			port
		);
		expect(notification).toMatchObject({ userId, type: 'points_received', readAt: null });
		expect(sent).toEqual([
			{
				channel: `private-user-${userId}`,
				event: 'notification',
				data: {
					id: notification.id,
					type: 'points_received',
					params: { points: 20 },
					link: '/points',
					createdAt: notification.createdAt.toISOString()
				}
			}
		]);
	});

	it('should wait for the caller inside a drizzle transaction, and publish once', async () => {
		const userId = await createUser('张');
		const { port, sent } = recordingPort();
		const pending = await db.db.transaction(async (tx) => {
			const p = await notify(tx, { userId, type: 'hours_confirmed' }, port);
			expect(sent).toHaveLength(0);
			return p;
		});
		await pending.publish();
		await pending.publish();
		expect(sent).toHaveLength(1);
	});

	it('should leave no row behind when the caller’s transaction rolls back', async () => {
		const userId = await createUser('赵');
		const { port, sent } = recordingPort();
		await expect(
			db.db.transaction(async (tx) => {
				await notify(tx, { userId, type: 'hours_confirmed' }, port);
				throw new Error('business rule failed');
			})
		).rejects.toThrow('business rule failed');
		expect(
			await db.db.select().from(notifications).where(eq(notifications.userId, userId))
		).toEqual([]);
		expect(sent).toHaveLength(0);
	});

	it('should accept the postgres pool and a postgres transaction as well', async () => {
		const userId = await createUser('钱');
		const { port, sent } = recordingPort();
		await notify(db.sql, { userId, type: 'points_received', params: { points: 1 } }, port);
		expect(sent).toHaveLength(1);
		const pending = await db.sql.begin((tx) =>
			notify(tx, { userId, type: 'hours_confirmed' }, port)
		);
		expect(sent).toHaveLength(1);
		await pending.publish();
		expect(sent).toHaveLength(2);
		expect(await countUnread(db.db, userId)).toBe(2);
		const [stored] = await listInbox(db.db, userId, { beforeId: pending.notification.id + 1 });
		expect(pending.notification).toEqual(stored);
	});

	it('should reject a link that leaves the app', async () => {
		const userId = await createUser('孙');
		const { port } = recordingPort();
		await expect(
			notify(db.db, { userId, type: 'points_received', link: '//evil.example' }, port)
		).rejects.toThrow();
	});

	it('should reach a subscriber of the embedded server through the pusher library', async () => {
		const h = await startHarness();
		try {
			const userId = await createUser('周');
			const channel = `private-user-${userId}`;
			const raw = await RawClient.open(h.wsUrl);
			raw.send('pusher:subscribe', {
				channel,
				...h.pusher.authorizeChannel(raw.socketId, channel)
			});
			await raw.next('pusher_internal:subscription_succeeded', channel);
			const port = createRealtime(
				createPusherClient({ ...APP, host: '127.0.0.1', port: h.server.port, useTLS: false })
			);
			await notify(db.db, { userId, type: 'voucher_redeemed', params: { offer: '理发' } }, port);
			const frame = await raw.next('notification', channel);
			expect(JSON.parse(frame.data as string)).toMatchObject({ type: 'voucher_redeemed' });
			raw.ws.close();
		} finally {
			await h.close();
		}
	});

	it('should still succeed when the real-time server is down', async () => {
		const userId = await createUser('吴');
		const warnings: string[] = [];
		const port = createRealtime(
			createPusherClient({ ...APP, host: '127.0.0.1', port: 1, useTLS: false }),
			{ warn: (message) => warnings.push(message) }
		);
		const { notification } = await notify(db.db, { userId, type: 'hours_confirmed' }, port);
		expect(notification.id).toBeGreaterThan(0);
		expect(warnings).toHaveLength(1);
		expect(await port.triggerBatch([{ channel: 'c', event: 'e', data: {} }])).toBe(false);
	});
});

describe('inbox', () => {
	it('should list the user’s notifications newest first and count the unread', async () => {
		const me = await createUser('郑');
		const other = await createUser('冯');
		const { port } = recordingPort();
		for (const points of [1, 2, 3]) {
			await notify(db.db, { userId: me, type: 'points_received', params: { points } }, port);
		}
		await notify(db.db, { userId: other, type: 'points_received', params: { points: 9 } }, port);
		const inbox = await listInbox(db.db, me);
		expect(inbox.map((n) => n.params.points)).toEqual([3, 2, 1]);
		expect(await listInbox(db.db, me, { limit: 2, beforeId: inbox[0]?.id })).toHaveLength(2);
		expect(await countUnread(db.db, me)).toBe(3);
	});

	it('should mark one read only for its owner, and then all', async () => {
		const me = await createUser('陈');
		const other = await createUser('褚');
		const { port } = recordingPort();
		const mine = await notify(db.db, { userId: me, type: 'hours_confirmed' }, port);
		await notify(db.db, { userId: me, type: 'points_received' }, port);
		const theirs = await notify(db.db, { userId: other, type: 'hours_confirmed' }, port);
		expect(await markRead(db.db, me, theirs.notification.id)).toBe(false);
		expect(await countUnread(db.db, other)).toBe(1);
		expect(await markRead(db.db, me, mine.notification.id)).toBe(true);
		expect(await markRead(db.db, me, mine.notification.id)).toBe(false);
		expect(await countUnread(db.db, me)).toBe(1);
		expect(await markAllRead(db.db, me)).toBe(1);
		expect(await countUnread(db.db, me)).toBe(0);
		expect((await listInbox(db.db, me)).every((n) => n.readAt !== null)).toBe(true);
	});
});

describe('notificationText', () => {
	it('should fill the type’s message in the reader’s language', () => {
		expect(notificationText('zh-CN', 'points_received', { points: 20 })).toBe('您收到了 20 积分。');
		expect(notificationText('en', 'points_received', { points: 20 })).toBe(
			'You received 20 points.'
		);
	});

	it('should fall back to a neutral sentence for a type without a message', () => {
		expect(notificationText('en', 'no_such_type', {})).toBe('You have a new message.');
	});
});

describe('daily digest', () => {
	it('should e-mail each person with an address their unread notifications of the day', async () => {
		const { port } = recordingPort();
		const [withMail] = await db.db
			.insert(users)
			.values({ displayName: '卫', passwordHash: 'x', email: 'wei@example.com', locale: 'en' })
			.returning({ id: users.id });
		if (!withMail) throw new Error('no user');
		const phoneOnly = await createUser('蒋');
		await notify(
			db.db,
			{ userId: withMail.id, type: 'points_received', params: { points: 5 } },
			port
		);
		const read = await notify(db.db, { userId: withMail.id, type: 'hours_confirmed' }, port);
		await markRead(db.db, withMail.id, read.notification.id);
		await notify(
			db.db,
			{ userId: phoneOnly, type: 'points_received', params: { points: 1 } },
			port
		);
		const old = await notify(db.db, { userId: withMail.id, type: 'voucher_redeemed' }, port);
		await db.db
			.update(notifications)
			.set({ createdAt: new Date(Date.now() - 2 * 24 * 3600 * 1000) })
			.where(eq(notifications.id, old.notification.id));

		const sent: { to: string; subject: string; body: string }[] = [];
		const mailer = {
			send: async (m: { to: string; subject: string; body: string }) => void sent.push(m)
		};
		const to = new Date(Date.now() + 1000);
		const window = { from: new Date(to.getTime() - 24 * 3600 * 1000), to };
		expect(await sendDigests(db.db, mailer, window, 'https://linli.example/')).toBe(1);
		expect(sent).toEqual([
			{
				to: 'wei@example.com',
				subject: 'Linli: new messages (1)',
				body: [
					'Hello 卫, these messages arrived in the last day:',
					'',
					'• You received 5 points.',
					'',
					'Open Linli to see all your messages: https://linli.example/notifications'
				].join('\n')
			}
		]);
	});
});
