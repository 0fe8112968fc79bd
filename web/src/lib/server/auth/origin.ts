/** JSON endpoints that authenticate by signature instead of by cookie. */
const SIGNATURE_VERIFIED = new Set(['/api/v1/stripe/webhook']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface OriginCheckInput {
	method: string;
	url: URL;
	/** The `Origin` request header, if any. */
	origin: string | null;
	/** The `Sec-Fetch-Site` request header, if any. */
	secFetchSite: string | null;
}

/**
 * CSRF defence for the JSON API. SvelteKit already checks the origin of form posts; a JSON
 * endpoint called with the session cookie needs the same guarantee, so a state-changing request
 * must prove it came from our own pages: a matching Origin, or the browser's own same-origin mark.
 */
export function isCrossOriginApiRequest(input: OriginCheckInput): boolean {
	const path = input.url.pathname;
	if (!path.startsWith('/api/')) return false;
	if (SAFE_METHODS.has(input.method.toUpperCase())) return false;
	if (SIGNATURE_VERIFIED.has(path.replace(/\/+$/, ''))) return false;
	if (input.origin !== null && input.origin === input.url.origin) return false;
	if (input.secFetchSite === 'same-origin') return false;
	return true;
}
