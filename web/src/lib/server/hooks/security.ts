import { redirect, type Handle, type RequestEvent } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { withRequestContext } from '../audit/request-context';
import { database } from '../context';
import { checkRateLimit, isHttps, limitedAreaFor, rateLimited, securityHeaders } from '../security';
import { mustUseTwoFactor } from '../totp/two-factor.service';

function clientIp(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

/** How a refusal must be shaped for this request to be understood by whoever sent it. */
function requestKind(event: RequestEvent): 'api' | 'action' | 'page' {
	if (event.request.headers.get('x-sveltekit-action') === 'true') return 'action';
	const accept = event.request.headers.get('accept') ?? '';
	if (event.url.pathname.startsWith('/api/')) return 'api';
	return accept.includes('application/json') && !accept.includes('text/html') ? 'api' : 'page';
}

/**
 * First in the chain: makes the client IP available to the audit log for the whole request and
 * adds the security headers (the CSP itself comes from kit.csp in svelte.config.js).
 */
const headersHandle: Handle = async ({ event, resolve }) => {
	const response = await withRequestContext({ ip: clientIp(event) }, () => resolve(event));
	const https = isHttps(event.url, event.request.headers.get('x-forwarded-proto'));
	for (const [name, value] of Object.entries(securityHeaders({ https }))) {
		if (!response.headers.has(name)) {
			try {
				response.headers.set(name, value);
			} catch {
				// Responses built by fetch() have immutable headers; they are proxied, not pages.
			}
		}
	}
	return response;
};

/** Pages a signed-in staff member may use before passing the second factor. */
const OPEN_BEFORE_SECOND_FACTOR = ['/(auth)/', '/healthz', '/settings', '/dev/'];

/**
 * Staff (committee, auditor, admin, partner managers) must pass TOTP in each session before
 * anything else: pages redirect to /two-factor, API calls answer 401.
 */
const twoFactorHandle: Handle = async ({ event, resolve }) => {
	const { user, session } = event.locals;
	const routeId = event.route.id;
	if (!user || !session || session.twoFactorAt || !routeId) return resolve(event);
	if (OPEN_BEFORE_SECOND_FACTOR.some((p) => routeId.startsWith(p))) return resolve(event);
	if (!(await mustUseTwoFactor(database().db, user))) return resolve(event);
	// SvelteKit turns a redirect thrown here into the right answer for pages, data and actions.
	if (requestKind(event) === 'api') {
		return Response.json(
			{ code: 'two_factor_required', message: 'Two-step verification required' },
			{ status: 401 }
		);
	}
	const back = event.url.pathname + event.url.search;
	redirect(303, `/two-factor?redirectTo=${encodeURIComponent(back)}`);
};

/** Per-IP and per-account limits on the areas listed in security/limits.ts: 429 + Retry-After. */
const rateLimitHandle: Handle = async ({ event, resolve }) => {
	const area = limitedAreaFor(event.route.id, event.request.method);
	if (!area) return resolve(event);
	const decision = await checkRateLimit(database().db, area, {
		ip: clientIp(event),
		userId: event.locals.user?.id ?? null
	});
	if (decision.ok) return resolve(event);
	return rateLimited({
		retryAfterSeconds: decision.retryAfterSeconds,
		locale: event.locals.locale,
		kind: requestKind(event)
	});
};

export const securityHandle = headersHandle;
/** After authHandle: needs `locals.user`. */
export const guardHandle = sequence(twoFactorHandle, rateLimitHandle);
