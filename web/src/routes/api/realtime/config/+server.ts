import { json } from '@sveltejs/kit';
import { publicRealtimeConfig } from '$lib/server/realtime/settings';
import type { RequestHandler } from './$types';

/** Lets the browser client find the real-time server when the page did not include the config. */
export const GET: RequestHandler = () => json({ config: publicRealtimeConfig() });
