import type { PublicRealtimeConfig } from '../../realtime/config';

/**
 * Where the real-time server is: hosted Pusher (PUSHER_CLUSTER) or any Pusher-compatible server
 * such as soketi or the embedded one (PUSHER_HOST, PUSHER_PORT, PUSHER_USE_TLS). Browsers connect
 * to PUSHER_WS_HOST/PUSHER_WS_PORT when set (a server behind a proxy), else to the same host.
 */
export interface RealtimeSettings {
	appId: string;
	key: string;
	secret: string;
	cluster?: string;
	host?: string;
	port?: number;
	useTLS: boolean;
	wsHost?: string;
	wsPort?: number;
}

type Env = Record<string, string | undefined>;

/** True when any PUSHER_* setting is given, i.e. the embedded server is not wanted. */
export function hasRealtimeSettings(env: Env): boolean {
	return Object.keys(env).some((k) => k.startsWith('PUSHER_') && env[k]);
}

/**
 * Reads the settings from the environment; null when none are given. A half-filled set throws,
 * so a misconfigured deployment fails at start rather than silently dropping every event.
 */
export function readRealtimeSettings(env: Env): RealtimeSettings | null {
	if (!hasRealtimeSettings(env)) return null;
	const { PUSHER_APP_ID: appId, PUSHER_KEY: key, PUSHER_SECRET: secret } = env;
	if (!appId || !key || !secret) {
		throw new Error('PUSHER_APP_ID, PUSHER_KEY and PUSHER_SECRET must all be set.');
	}
	const cluster = env.PUSHER_CLUSTER || undefined;
	const host = env.PUSHER_HOST || undefined;
	if (!cluster && !host) throw new Error('Set PUSHER_CLUSTER (hosted) or PUSHER_HOST.');
	const useTLS = env.PUSHER_USE_TLS ? env.PUSHER_USE_TLS === 'true' : Boolean(cluster);
	return {
		appId,
		key,
		secret,
		cluster,
		host,
		port: readPort(env.PUSHER_PORT, 'PUSHER_PORT'),
		useTLS,
		wsHost: env.PUSHER_WS_HOST || undefined,
		wsPort: readPort(env.PUSHER_WS_PORT, 'PUSHER_WS_PORT')
	};
}

function readPort(value: string | undefined, name: string): number | undefined {
	if (!value) return undefined;
	const port = Number(value);
	if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name} is not a port`);
	return port;
}

/** The browser's view of the settings; null when real time is not configured. */
export function toPublicConfig(settings: RealtimeSettings | null): PublicRealtimeConfig | null {
	if (!settings) return null;
	const wsHost = settings.wsHost ?? settings.host;
	return {
		key: settings.key,
		wsHost,
		wsPort: settings.wsPort ?? (wsHost ? settings.port : undefined),
		forceTLS: settings.useTLS,
		// pusher-js 8 requires a cluster even when wsHost overrides it; 'mt1' is its default.
		cluster: settings.cluster ?? 'mt1'
	};
}

/** What the root layout hands to the page so the browser can connect. */
export function publicRealtimeConfig(): PublicRealtimeConfig | null {
	return toPublicConfig(readRealtimeSettings(process.env));
}
