import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedRealtime } from '../../../web/server/realtime/embedded';
import { createPusherClient } from '../../../web/src/lib/server/realtime/realtime';
import {
	publicRealtimeConfig,
	readRealtimeSettings,
	toPublicConfig
} from '../../../web/src/lib/server/realtime/settings';
import { RawClient } from './harness';

const PUSHER_KEYS = [
	'PUSHER_APP_ID',
	'PUSHER_KEY',
	'PUSHER_SECRET',
	'PUSHER_HOST',
	'PUSHER_PORT',
	'PUSHER_USE_TLS'
];
const dataDir = await mkdtemp(path.join(tmpdir(), 'linli-realtime-'));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('readRealtimeSettings', () => {
	it('should be null when nothing is configured', () => {
		expect(readRealtimeSettings({})).toBeNull();
	});

	it('should read hosted Pusher by cluster, with TLS by default', () => {
		const env = { PUSHER_APP_ID: '1', PUSHER_KEY: 'k', PUSHER_SECRET: 's', PUSHER_CLUSTER: 'ap1' };
		const settings = readRealtimeSettings(env);
		expect(settings).toMatchObject({ cluster: 'ap1', useTLS: true });
		expect(toPublicConfig(settings)).toEqual({
			key: 'k',
			wsHost: undefined,
			wsPort: undefined,
			forceTLS: true,
			cluster: 'ap1'
		});
	});

	it('should read a self-hosted server, with a separate address for browsers', () => {
		const env = {
			PUSHER_APP_ID: '1',
			PUSHER_KEY: 'k',
			PUSHER_SECRET: 's',
			PUSHER_HOST: 'soketi.internal',
			PUSHER_PORT: '6001',
			PUSHER_WS_HOST: 'live.linli.example',
			PUSHER_WS_PORT: '443',
			PUSHER_USE_TLS: 'false'
		};
		expect(toPublicConfig(readRealtimeSettings(env))).toEqual({
			key: 'k',
			wsHost: 'live.linli.example',
			wsPort: 443,
			forceTLS: false,
			cluster: 'mt1'
		});
	});

	it.each([
		['a missing secret', { PUSHER_APP_ID: '1', PUSHER_KEY: 'k', PUSHER_HOST: 'h' }],
		['neither host nor cluster', { PUSHER_APP_ID: '1', PUSHER_KEY: 'k', PUSHER_SECRET: 's' }],
		[
			'a bad port',
			{
				PUSHER_APP_ID: '1',
				PUSHER_KEY: 'k',
				PUSHER_SECRET: 's',
				PUSHER_HOST: 'h',
				PUSHER_PORT: 'x'
			}
		]
	])('should refuse %s', (_, env) => {
		expect(() => readRealtimeSettings(env)).toThrow();
	});
});

describe('startEmbeddedRealtime', () => {
	it('should start the server, point the settings at it and keep its credentials', async () => {
		for (const k of PUSHER_KEYS) delete process.env[k];
		Object.assign(process.env, { LINLI_DATA_DIR: dataDir, REALTIME_PORT: '0' });
		const first = await startEmbeddedRealtime();
		const settings = readRealtimeSettings(process.env);
		expect(settings).toMatchObject({ host: '127.0.0.1', useTLS: false });
		expect(publicRealtimeConfig()).toMatchObject({ key: settings?.key, wsHost: '127.0.0.1' });
		const file = path.join(dataDir, 'realtime.json');
		expect((await stat(file)).mode & 0o777).toBe(0o600);
		expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ key: settings?.key });

		// The app's own `pusher` client reaches it.
		if (!settings) throw new Error('no settings');
		const raw = await RawClient.open(
			`ws://127.0.0.1:${settings.port}/app/${settings.key}?protocol=7`
		);
		raw.send('pusher:subscribe', { channel: 'hello' });
		await raw.next('pusher_internal:subscription_succeeded');
		await createPusherClient(settings).trigger('hello', 'wave', {});
		await raw.next('wave', 'hello');
		raw.ws.close();
		await first.stop();

		for (const k of PUSHER_KEYS) delete process.env[k];
		const second = await startEmbeddedRealtime();
		expect(process.env.PUSHER_KEY).toBe(settings.key);
		expect(process.env.PUSHER_SECRET).toBe(settings.secret);
		await second.stop();
	});

	it('should leave configured settings alone and start nothing', async () => {
		Object.assign(process.env, {
			PUSHER_APP_ID: '1',
			PUSHER_KEY: 'hosted',
			PUSHER_SECRET: 's',
			PUSHER_CLUSTER: 'ap1'
		});
		const embedded = await startEmbeddedRealtime();
		expect(embedded.description).toContain('PUSHER_');
		expect(process.env.PUSHER_KEY).toBe('hosted');
		await embedded.stop();
	});
});
