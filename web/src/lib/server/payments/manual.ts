import { PaymentsUnavailableError, type PaymentsPort } from './port';

/**
 * Manual mode: nothing leaves the platform. Statements are marked paid by hand with a bank
 * reference; online payments and webhooks are refused, so nothing can be faked through them.
 */
export function manualPayments(currency = 'cny'): PaymentsPort {
	const unavailable = (operation: string) => () =>
		Promise.reject(new PaymentsUnavailableError(operation));
	return {
		mode: 'manual',
		currency,
		connectOnboarding: unavailable('Connect onboarding'),
		payout: unavailable('Payout'),
		checkout: unavailable('Checkout'),
		verifyWebhook: () => ({ ok: false, error: 'not_configured' })
	};
}
