import { redemption } from '$lib/server/redemption/deps';
import { processStripeWebhook } from '$lib/server/redemption/webhook.service';
import type { RequestHandler } from './$types';

/**
 * Stripe's webhook. The signature covers the exact bytes Stripe sent, so the body is read as raw
 * text and never parsed before verification. Exempt from the same-origin check (Stripe is not a
 * browser); the signature is the authentication.
 */
export const POST: RequestHandler = async ({ request }) => {
	const raw = await request.text();
	const outcome = await processStripeWebhook(
		redemption(),
		raw,
		request.headers.get('stripe-signature')
	);
	return new Response(outcome.body, {
		status: outcome.status,
		headers: { 'content-type': 'text/plain' }
	});
};
