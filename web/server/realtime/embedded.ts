import path from 'node:path';
import { hasRealtimeSettings } from '../../src/lib/server/realtime/settings';
import { loadOrCreateCredentials } from './credentials';
import { startRealtimeServer, type RealtimeServer } from './server';

export interface EmbeddedRealtime {
	/** How the banner describes it. */
	description: string;
	stop(): Promise<void>;
}

/**
 * Starts the embedded Pusher-compatible server when no PUSHER_* settings are given, and points
 * the app at it by filling those settings in for this process. With settings given (hosted Pusher
 * or soketi, required when several app instances run) it does nothing.
 */
export async function startEmbeddedRealtime(): Promise<EmbeddedRealtime> {
	if (hasRealtimeSettings(process.env)) {
		return { description: 'Real time: PUSHER_* settings', stop: async () => {} };
	}
	const dataDir = path.resolve(process.env.LINLI_DATA_DIR ?? '.data');
	const credentials = await loadOrCreateCredentials(dataDir);
	const server: RealtimeServer = await startRealtimeServer({
		...credentials,
		host: process.env.REALTIME_HOST ?? '127.0.0.1',
		port: Number(process.env.REALTIME_PORT ?? 6001)
	});
	Object.assign(process.env, {
		PUSHER_APP_ID: credentials.appId,
		PUSHER_KEY: credentials.key,
		PUSHER_SECRET: credentials.secret,
		PUSHER_HOST: server.host,
		PUSHER_PORT: String(server.port),
		PUSHER_USE_TLS: 'false'
	});
	return {
		description: `Real time: embedded server (ws://${server.host}:${server.port})`,
		stop: () => server.close()
	};
}
