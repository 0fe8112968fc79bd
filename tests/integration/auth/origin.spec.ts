import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from '../../../web/src/lib/domain/identity/safe-redirect';
import { isCrossOriginApiRequest } from '../../../web/src/lib/server/auth/origin';
import { originHandle } from '../../../web/src/lib/server/hooks/origin';

const APP = 'https://linli.example';

async function call(path: string, method: string, headers: Record<string, string> = {}) {
	const url = new URL(path, APP);
	const event = { url, request: new Request(url, { method, headers }) };
	return originHandle({
		event: event as unknown as RequestEvent,
		resolve: async () => new Response('passed')
	});
}

describe('originHandle', () => {
	it('should refuse a cross-site POST to the JSON API with 403 cross_origin', async () => {
		const response = await call('/api/v1/votes', 'POST', { origin: 'https://evil.example' });
		expect(response.status).toBe(403);
		expect(await response.json()).toEqual({ code: 'cross_origin' });
	});

	it('should refuse a state-changing API call that carries no proof at all', async () => {
		for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
			expect((await call('/api/v1/offers/1', method)).status).toBe(403);
		}
		const crossSite = await call('/api/v1/offers/1', 'DELETE', { 'sec-fetch-site': 'cross-site' });
		expect(crossSite.status).toBe(403);
	});

	it('should pass same-origin calls, by Origin or by Sec-Fetch-Site', async () => {
		expect(await (await call('/api/v1/votes', 'POST', { origin: APP })).text()).toBe('passed');
		const fetchSite = await call('/api/v1/votes', 'POST', { 'sec-fetch-site': 'same-origin' });
		expect(await fetchSite.text()).toBe('passed');
	});

	it('should pass reads, the signed Stripe webhook and non-API paths', async () => {
		expect((await call('/api/v1/votes', 'GET', { origin: 'https://evil.example' })).status).toBe(
			200
		);
		expect((await call('/api/v1/votes', 'OPTIONS')).status).toBe(200);
		expect((await call('/api/v1/stripe/webhook', 'POST')).status).toBe(200);
		expect((await call('/login', 'POST', { origin: 'https://evil.example' })).status).toBe(200);
	});

	it('should not be fooled by a look-alike origin or path', async () => {
		expect(
			isCrossOriginApiRequest({
				method: 'POST',
				url: new URL('/api/v1/votes', APP),
				origin: 'https://linli.example.evil.example',
				secFetchSite: 'same-site'
			})
		).toBe(true);
		expect((await call('/api/v1/stripe/webhook/../../votes', 'POST')).status).toBe(403);
	});
});

describe('redirectTo after login', () => {
	it('should keep a path on this site and refuse everything else', () => {
		expect(safeRedirectPath('/activities/3?tab=slots')).toBe('/activities/3?tab=slots');
		for (const value of ['//evil.example', 'https://evil.example', '/\\evil.example', 'evil']) {
			expect(safeRedirectPath(value)).toBe('/');
		}
	});
});
