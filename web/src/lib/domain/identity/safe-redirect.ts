/**
 * Accepts a post-login destination only when it is a path on this site. Anything that a browser
 * could read as another host is refused: `//evil.example`, `/\evil.example` (browsers treat a
 * backslash as a slash), absolute URLs, and control characters that some parsers strip.
 */
export function safeRedirectPath(value: string | null | undefined, fallback = '/'): string {
	if (!value) return fallback;
	if (!value.startsWith('/')) return fallback;
	if (value.startsWith('//')) return fallback;
	if (value.includes('\\')) return fallback;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
	if (value.length > 1000) return fallback;
	return value;
}
