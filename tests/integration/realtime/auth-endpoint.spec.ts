import { isHttpError, type RequestEvent } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../helpers/db';
import { APP, RawClient, startHarness, type Harness } from './harness';

// Features' channel resolvers look their facts up in the database.
const db = await createTestDatabase();
process.env.DATABASE_URL = db.url;

let h: Harness;
let POST: (event: RequestEvent) => Promise<Response>;
const origin = 'http://127.0.0.1:3000';

beforeAll(async () => {
	h = await startHarness();
	Object.assign(process.env, {
		PUSHER_APP_ID: APP.appId,
		PUSHER_KEY: APP.key,
		PUSHER_SECRET: APP.secret,
		PUSHER_HOST: '127.0.0.1',
		PUSHER_PORT: String(h.server.port)
	});
	const route = await import('../../../web/src/routes/api/realtime/auth/+server');
	POST = route.POST as unknown as typeof POST;
});
afterAll(() => h.close());

/** Calls the endpoint the way pusher-js does: a form-encoded POST from the page's origin. */
async function call(input: {
	user?: { id: number; displayName: string } | null;
	origin?: string | null;
	body?: Record<string, string>;
}): Promise<{ status: number; body: unknown }> {
	const headers = new Headers({ 'content-type': 'application/x-www-form-urlencoded' });
	const from = input.origin === undefined ? origin : input.origin;
	if (from !== null) headers.set('origin', from);
	const request = new Request(`${origin}/api/realtime/auth`, {
		method: 'POST',
		headers,
		body: new URLSearchParams(input.body ?? {}).toString()
	});
	const user = input.user === undefined ? { id: 7, displayName: '王阿姨' } : input.user;
	const event = { request, url: new URL(request.url), locals: { user } } as unknown as RequestEvent;
	try {
		const response = await POST(event);
		return { status: response.status, body: await response.json() };
	} catch (thrown) {
		if (isHttpError(thrown)) return { status: thrown.status, body: thrown.body };
		throw thrown;
	}
}

describe('POST /api/realtime/auth', () => {
	it('should sign the user’s own channel so the server accepts the subscription', async () => {
		const raw = await RawClient.open(h.wsUrl);
		const body = { socket_id: raw.socketId, channel_name: 'private-user-7' };
		const res = await call({ body });
		expect(res.status).toBe(200);
		raw.send('pusher:subscribe', { channel: 'private-user-7', ...(res.body as object) });
		await raw.next('pusher_internal:subscription_succeeded', 'private-user-7');
		raw.ws.close();
	});

	it('should refuse another user’s channel with 403', async () => {
		const res = await call({ body: { socket_id: '1.2', channel_name: 'private-user-8' } });
		expect(res).toEqual({ status: 403, body: { error: 'not_your_channel' } });
	});

	it('should refuse a feature channel the user has no part in', async () => {
		const res = await call({ body: { socket_id: '1.2', channel_name: 'presence-activity-99999' } });
		expect(res).toEqual({ status: 403, body: { error: 'not_allowed' } });
	});

	it('should refuse a visitor who is not signed in', async () => {
		const res = await call({
			user: null,
			body: { socket_id: '1.2', channel_name: 'private-user-7' }
		});
		expect(res.status).toBe(403);
	});

	it.each([
		['another site', 'https://evil.example'],
		['no Origin header', null]
	])('should refuse a request from %s', async (_, from) => {
		const res = await call({
			origin: from,
			body: { socket_id: '1.2', channel_name: 'private-user-7' }
		});
		expect(res.status).toBe(403);
	});

	it.each([
		['a malformed socket id', { socket_id: 'abc', channel_name: 'private-user-7' }],
		['a public channel', { socket_id: '1.2', channel_name: 'news' }],
		['missing fields', {}]
	])('should answer 400 for %s', async (_, body) => {
		expect((await call({ body })).status).toBe(400);
	});
});
