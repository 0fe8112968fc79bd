/**
 * Headers added to every response. The Content-Security-Policy itself comes from SvelteKit's
 * `kit.csp` (svelte.config.js), which can put nonces on its own inline scripts.
 */
export function securityHeaders(options: { https: boolean }): Record<string, string> {
	const headers: Record<string, string> = {
		'x-content-type-options': 'nosniff',
		'x-frame-options': 'DENY',
		'referrer-policy': 'strict-origin-when-cross-origin',
		'permissions-policy': 'camera=(self), geolocation=(self), microphone=(), payment=()',
		'cross-origin-opener-policy': 'same-origin'
	};
	// Only over HTTPS: sent over plain HTTP it would be ignored, and on localhost it would stick.
	if (options.https) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
	return headers;
}

/** Whether the client reached us over HTTPS, directly or through a TLS-terminating proxy. */
export function isHttps(url: URL, forwardedProto: string | null): boolean {
	if (url.protocol === 'https:') return true;
	return process.env.TRUST_PROXY === '1' && forwardedProto?.split(',')[0]?.trim() === 'https';
}
