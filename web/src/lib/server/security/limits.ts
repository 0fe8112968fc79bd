import type { RateLimitRule } from './rate-limit';

/**
 * Which requests are limited, by SvelteKit route id prefix. Every state-changing request (POST,
 * PUT, PATCH, DELETE) under a prefix counts against both its per-IP and (when signed in)
 * per-account rule. A new route under one of these folders is limited without further work; a
 * new sensitive area adds one line here.
 */
export interface LimitedArea {
	name: string;
	/** Route id prefixes, e.g. '/(auth)/login'. */
	routes: readonly string[];
	perIp: RateLimitRule;
	perAccount?: RateLimitRule;
}

export const LIMITED_AREAS: readonly LimitedArea[] = [
	{
		name: 'login',
		routes: ['/(auth)/login', '/(auth)/forgot-password', '/(auth)/reset-password'],
		perIp: { limit: 60, windowSeconds: 300 }
	},
	{
		// Six digits: the per-account limit is what makes guessing hopeless.
		name: 'two-factor',
		routes: ['/(auth)/two-factor'],
		perIp: { limit: 60, windowSeconds: 300 },
		perAccount: { limit: 10, windowSeconds: 300 }
	},
	{
		name: 'register',
		routes: ['/(auth)/register'],
		perIp: { limit: 20, windowSeconds: 600 }
	},
	{
		name: 'redemption',
		routes: ['/(app)/offers', '/(app)/vouchers', '/(app)/partner', '/partners', '/sponsor'],
		perIp: { limit: 120, windowSeconds: 60 },
		perAccount: { limit: 30, windowSeconds: 60 }
	},
	{
		name: 'sorting',
		routes: ['/(app)/sorting', '/(app)/inspector', '/api/v1/sorting'],
		perIp: { limit: 300, windowSeconds: 60 },
		perAccount: { limit: 120, windowSeconds: 60 }
	},
	{
		name: 'council',
		routes: ['/(app)/council', '/council', '/api/v1/council'],
		perIp: { limit: 120, windowSeconds: 60 },
		perAccount: { limit: 30, windowSeconds: 60 }
	}
];

/**
 * LINLI_RATE_LIMIT_SCALE multiplies every limit (default 1): for a load test or an e2e run where
 * every request comes from one address. Never below 1, so it cannot tighten them by accident.
 */
export function rateLimitScale(env: NodeJS.ProcessEnv = process.env): number {
	const scale = Number(env.LINLI_RATE_LIMIT_SCALE ?? 1);
	return Number.isFinite(scale) && scale >= 1 ? scale : 1;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The area a request counts against, or null when it is not limited. */
export function limitedAreaFor(routeId: string | null, method: string): LimitedArea | null {
	if (!routeId || !WRITES.has(method)) return null;
	return (
		LIMITED_AREAS.find((a) => a.routes.some((r) => routeId === r || routeId.startsWith(`${r}/`))) ??
		null
	);
}
