import { stringify } from 'devalue';
import { translate, type Locale } from '../../i18n';
import type { Executor } from '../auth/db';
import { rateLimitScale, type LimitedArea } from './limits';
import { consumeRateLimit, type RateLimitDecision, type RateLimitRule } from './rate-limit';

const scaled = (rule: RateLimitRule): RateLimitRule => ({
	...rule,
	limit: Math.round(rule.limit * rateLimitScale())
});

/**
 * Counts the request against the area's per-IP rule and, for a signed-in person, the
 * per-account rule. Refused when either is exhausted; the longer wait wins.
 */
export async function checkRateLimit(
	db: Executor,
	area: LimitedArea,
	who: { ip: string; userId: number | null },
	now: Date = new Date()
): Promise<RateLimitDecision> {
	const counted = [consumeRateLimit(db, `${area.name}:ip:${who.ip}`, scaled(area.perIp), now)];
	if (area.perAccount && who.userId !== null) {
		const key = `${area.name}:user:${who.userId}`;
		counted.push(consumeRateLimit(db, key, scaled(area.perAccount), now));
	}
	// Both in the same turn: they share one statement with every other request's.
	const decisions = await Promise.all(counted);
	const waits = decisions.map((d) => (d.ok ? 0 : d.retryAfterSeconds));
	const wait = Math.max(...waits);
	return wait > 0 ? { ok: false, retryAfterSeconds: wait } : { ok: true };
}

const escape = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * The 429 answer: Retry-After plus a message a person can act on, as JSON for API and
 * script calls, or as a small page for a plain form post.
 */
export function rateLimited(input: {
	retryAfterSeconds: number;
	locale: Locale;
	/** `api`: JSON; `action`: a form failure `use:enhance` shows as `form.message`; else a page. */
	kind: 'api' | 'action' | 'page';
}): Response {
	const seconds = input.retryAfterSeconds;
	const title = translate(input.locale, 'oversight.rateLimited.title');
	const message = translate(input.locale, 'oversight.rateLimited.body', { seconds });
	const headers = { 'retry-after': String(seconds), 'cache-control': 'no-store' };
	if (input.kind === 'action') {
		const data = stringify({ message: 'oversight.rateLimited.body', params: { seconds } });
		return Response.json({ type: 'failure', status: 429, data }, { status: 429, headers });
	}
	if (input.kind === 'api') {
		return Response.json(
			{ code: 'rate_limited', message, retryAfterSeconds: seconds },
			{ status: 429, headers }
		);
	}
	const html = `<!doctype html><html lang="${input.locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head>
<body style="font: 1.25rem/1.6 system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem">
<h1>${escape(title)}</h1><p>${escape(message)}</p></body></html>`;
	return new Response(html, {
		status: 429,
		headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }
	});
}
