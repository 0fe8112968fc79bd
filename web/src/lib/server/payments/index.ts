import { manualPayments } from './manual';
import type { PaymentsPort } from './port';
import { stripePayments } from './stripe';

export type * from './port';
export { PaymentsUnavailableError } from './port';
export { manualPayments } from './manual';
export { stripePayments, type StripeSettings } from './stripe';

/**
 * The adapter the settings ask for: Stripe when STRIPE_SECRET_KEY is set, otherwise manual mode,
 * which is fully usable (statements are paid by hand with a reference).
 */
export function paymentsFromEnv(
	env: Record<string, string | undefined> = process.env
): PaymentsPort {
	const currency = (env.STRIPE_CURRENCY ?? 'cny').toLowerCase();
	const secretKey = env.STRIPE_SECRET_KEY;
	if (!secretKey) return manualPayments(currency);
	const origin = env.ORIGIN ?? 'http://127.0.0.1:3000';
	return stripePayments({
		secretKey,
		webhookSecret: env.STRIPE_WEBHOOK_SECRET ?? null,
		connectReturnUrl: env.STRIPE_CONNECT_RETURN_URL ?? `${origin}/partner`,
		currency
	});
}

let port: PaymentsPort | undefined;

/** The process-wide adapter, built once from the environment. */
export function payments(): PaymentsPort {
	port ??= paymentsFromEnv();
	return port;
}
