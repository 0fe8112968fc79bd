import { isRedirect, type RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../../db/schema';
import { notify } from '../../../web/src/lib/server/notifications/notify';
import type { RealtimePort } from '../../../web/src/lib/server/realtime/realtime';
import { createTestDatabase } from '../../helpers/db';

const db = await createTestDatabase();
process.env.DATABASE_URL = db.url;
const page = await import('../../../web/src/routes/(app)/notifications/+page.server');

const silent: RealtimePort = { trigger: async () => true, triggerBatch: async () => true };
let userId = 0;

beforeAll(async () => {
	const [row] = await db.db
		.insert(users)
		.values({ displayName: '王阿姨', passwordHash: 'x', phone: '13900000001' })
		.returning({ id: users.id });
	userId = row?.id ?? 0;
	await notify(db.db, { userId, type: 'points_received', params: { points: 20 } }, silent);
	await notify(
		db.db,
		{ userId, type: 'hours_confirmed', params: { activity: '义诊', hours: 2 } },
		silent
	);
});

function event(input: { form?: Record<string, string>; user?: boolean } = {}): RequestEvent {
	const url = new URL('http://127.0.0.1:3000/notifications');
	const request = new Request(url, {
		method: input.form ? 'POST' : 'GET',
		body: input.form ? new URLSearchParams(input.form) : undefined
	});
	const user = input.user === false ? null : { id: userId, displayName: '王阿姨' };
	return { url, request, locals: { user, locale: 'zh-CN' } } as unknown as RequestEvent;
}

type Loaded = { unread: number; items: { id: number; text: string; read: boolean }[] };
const load = (e: RequestEvent) => page.load(e as never) as Promise<Loaded>;

function action(name: 'read' | 'readAll') {
	const run = page.actions[name];
	if (!run) throw new Error(`no action ${name}`);
	return (e: RequestEvent) => run(e as never);
}

describe('notification inbox page', () => {
	it('should send a visitor to log in', async () => {
		await expect(load(event({ user: false }))).rejects.toSatisfy(isRedirect);
	});

	it('should list the texts in the reader’s language, newest first, with the unread count', async () => {
		const data = await load(event());
		expect(data.unread).toBe(2);
		expect(data.items.map((i) => i.text)).toEqual([
			'“义诊”的服务时间已确认：2 小时。',
			'您收到了 20 积分。'
		]);
	});

	it('should mark one read, then all, through the form actions', async () => {
		const [first] = (await load(event())).items;
		await action('read')(event({ form: { id: String(first?.id) } }));
		expect((await load(event())).unread).toBe(1);
		expect(await action('readAll')(event({ form: {} }))).toEqual({ markedAll: true });
		const after = await load(event());
		expect(after.unread).toBe(0);
		expect(after.items.every((i) => i.read)).toBe(true);
	});

	it('should answer a malformed id with a message instead of an error page', async () => {
		const result = await action('read')(event({ form: { id: 'abc' } }));
		expect(result).toMatchObject({ status: 400, data: { message: 'notifications.notFound' } });
	});
});
