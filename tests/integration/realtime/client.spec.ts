import PusherJs from 'pusher-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRealtimeClient } from '../../../web/src/lib/realtime/client';
import type { PublicRealtimeConfig } from '../../../web/src/lib/realtime/config';
import { toPublicConfig } from '../../../web/src/lib/server/realtime/settings';
import { APP, startHarness, type Harness } from './harness';

let h: Harness;
let config: PublicRealtimeConfig;

beforeAll(async () => {
	h = await startHarness();
	const settings = { ...APP, host: '127.0.0.1', port: h.server.port, useTLS: false };
	const publicConfig = toPublicConfig(settings);
	if (!publicConfig) throw new Error('no config');
	config = publicConfig;
});
afterAll(() => h.close());

const load = async () => PusherJs;

/** Whether the server has subscribers on `channel`, asked through the HTTP API. */
async function occupied(channel: string): Promise<boolean> {
	const res = await h.pusher.get({ path: `/channels/${channel}` });
	return ((await res.json()) as { occupied: boolean }).occupied;
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000) {
	const started = Date.now();
	while (!(await condition())) {
		if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
		await new Promise((r) => setTimeout(r, 10));
	}
}

describe('browser real-time client', () => {
	it('should connect lazily with the page config and deliver subscribed events', async () => {
		const client = createRealtimeClient({ config, load });
		const received: unknown[] = [];
		const stop = client.subscribe('town-news', 'posted', (data) => received.push(data));
		await until(() => occupied('town-news'));
		await h.pusher.trigger('town-news', 'posted', { title: '停水通知' });
		await until(() => received.length === 1);
		expect(received).toEqual([{ title: '停水通知' }]);
		stop();
		client.disconnect();
	});

	it('should keep a channel while any subscriber holds it, and leave it after the last', async () => {
		const client = createRealtimeClient({ config, load });
		const a: unknown[] = [];
		const b: unknown[] = [];
		const stopA = client.subscribe('shared', 'e', (d) => a.push(d));
		const stopB = client.subscribe('shared', 'e', (d) => b.push(d));
		await until(() => occupied('shared'));
		stopA();
		await h.pusher.trigger('shared', 'e', 1);
		await until(() => b.length === 1);
		expect(a).toEqual([]);
		stopB();
		await until(async () => !(await occupied('shared')));
		client.disconnect();
	});

	it('should fetch the config when the page gave none, and do nothing when there is none', async () => {
		let fetched = 0;
		const fetchNone = (async () => {
			fetched += 1;
			return new Response(JSON.stringify({ config: null }));
		}) as typeof fetch;
		let loaded = 0;
		const client = createRealtimeClient({
			fetch: fetchNone,
			load: async () => {
				loaded += 1;
				return PusherJs;
			}
		});
		const stop = client.subscribe('x', 'y', () => {});
		await until(() => fetched === 1);
		stop();
		expect(loaded).toBe(0);
	});

	it('should not throw when the server cannot be reached or the config cannot be loaded', async () => {
		const down = createRealtimeClient({ config: { ...config, wsPort: 1 }, load });
		const stop = down.subscribe('x', 'y', () => {});
		stop();
		down.disconnect();
		const failing = createRealtimeClient({
			fetch: (async () => {
				throw new TypeError('network down');
			}) as typeof fetch,
			load
		});
		expect(() => failing.subscribe('x', 'y', () => {})()).not.toThrow();
		const unavailable = createRealtimeClient({ config: null, load });
		expect(typeof unavailable.subscribe('x', 'y', () => {})).toBe('function');
	});
});
