import Pusher from 'pusher';
import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP, RawClient, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
	h = await startHarness({ maxBodyBytes: 64 * 1024, maxEventDataBytes: 1024 });
});
afterAll(() => h.close());

/** Signs a request by hand the way the `pusher` library does, with control over each field. */
function signedUrl(
	method: string,
	path: string,
	body: string,
	overrides: Record<string, string> = {}
): string {
	const params: Record<string, string> = {
		auth_key: APP.key,
		auth_timestamp: String(Math.floor(Date.now() / 1000)),
		auth_version: '1.0',
		body_md5: createHash('md5').update(body).digest('hex'),
		...overrides
	};
	const query = Object.keys(params)
		.sort()
		.map((k) => `${k}=${params[k]}`)
		.join('&');
	const signature = createHmac('sha256', APP.secret)
		.update([method, path, query].join('\n'))
		.digest('hex');
	return `http://127.0.0.1:${h.server.port}${path}?${query}&auth_signature=${signature}`;
}

function post(path: string, body: string, overrides?: Record<string, string>) {
	return fetch(signedUrl('POST', path, body, overrides), {
		method: 'POST',
		body,
		headers: { 'content-type': 'application/json' }
	});
}

const eventsPath = `/apps/${APP.appId}/events`;
const event = JSON.stringify({ name: 'e', channels: ['c'], data: '{}' });

describe('HTTP events API', () => {
	it('should accept a correctly signed request', async () => {
		const res = await post(eventsPath, event);
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({});
	});

	it('should answer 401 when the pusher library signs with the wrong secret', async () => {
		const wrong = new Pusher({
			...APP,
			secret: 'not-the-secret',
			host: '127.0.0.1',
			port: String(h.server.port)
		});
		await expect(wrong.trigger('c', 'e', {})).rejects.toMatchObject({ status: 401 });
	});

	it.each([
		['an unknown auth_key', { auth_key: 'other' }],
		['an old auth_timestamp', { auth_timestamp: String(Math.floor(Date.now() / 1000) - 601) }],
		['another auth_version', { auth_version: '2.0' }],
		['a body_md5 of another body', { body_md5: createHash('md5').update('x').digest('hex') }]
	])('should answer 401 for %s', async (_, overrides) => {
		expect((await post(eventsPath, event, overrides)).status).toBe(401);
	});

	it('should answer 401 when the body was changed after signing', async () => {
		const url = signedUrl('POST', eventsPath, event);
		const tampered = JSON.stringify({ name: 'evil', channels: ['c'], data: '{}' });
		const res = await fetch(url, { method: 'POST', body: tampered });
		expect(res.status).toBe(401);
	});

	it('should answer 413 for event data over the limit and for an oversized body', async () => {
		const big = JSON.stringify({ name: 'e', channels: ['c'], data: 'x'.repeat(2048) });
		expect((await post(eventsPath, big)).status).toBe(413);
		const huge = JSON.stringify({ name: 'e', channels: ['c'], data: 'x'.repeat(70 * 1024) });
		expect((await post(eventsPath, huge)).status).toBe(413);
	});

	it.each([
		['malformed JSON', '{"name":'],
		['a missing event name', JSON.stringify({ channels: ['c'], data: '{}' })],
		['an invalid channel name', JSON.stringify({ name: 'e', channels: ['a b'], data: '' })],
		['a malformed socket_id', JSON.stringify({ name: 'e', channel: 'c', data: '', socket_id: 'x' })]
	])('should answer 400 for %s', async (_, body) => {
		expect((await post(eventsPath, body)).status).toBe(400);
	});

	it('should answer 400 for a batch of more than ten events', async () => {
		const batch = Array.from({ length: 11 }, () => ({ channel: 'c', name: 'e', data: '{}' }));
		const res = await post(`/apps/${APP.appId}/batch_events`, JSON.stringify({ batch }));
		expect(res.status).toBe(400);
	});

	it('should answer 404 for another app id', async () => {
		expect((await post('/apps/999/events', event)).status).toBe(404);
	});

	it('should list occupied channels by prefix', async () => {
		const raw = await RawClient.open(h.wsUrl);
		raw.send('pusher:subscribe', { channel: 'listed-1' });
		await raw.next('pusher_internal:subscription_succeeded');
		const res = await h.pusher.get({ path: '/channels', params: { filter_by_prefix: 'listed-' } });
		expect(await res.json()).toEqual({ channels: { 'listed-1': {} } });
		raw.ws.close();
	});
});
