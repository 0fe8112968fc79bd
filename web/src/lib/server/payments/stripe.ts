import Stripe from 'stripe';
import type { PaymentEvent, PaymentsPort } from './port';

export interface StripeSettings {
	secretKey: string;
	webhookSecret: string | null;
	/** Where Stripe sends the partner back after onboarding (the partner console). */
	connectReturnUrl: string;
	currency: string;
	/** Only for tests: a local HTTP server that answers like Stripe. */
	api?: { host: string; port: number; protocol: 'http' | 'https' };
	/** Seconds a signed webhook stays acceptable; Stripe's default is 300. */
	webhookToleranceSeconds?: number;
}

/** The Stripe adapter over the official library; every money call sends an idempotency key. */
export function stripePayments(settings: StripeSettings): PaymentsPort {
	const stripe = new Stripe(settings.secretKey, {
		maxNetworkRetries: 2,
		timeout: 20_000,
		telemetry: false,
		...(settings.api ?? {})
	});
	return {
		mode: 'stripe',
		currency: settings.currency,

		async connectOnboarding({ partnerId, existingAccountId, email }) {
			const accountId =
				existingAccountId ??
				(
					await stripe.accounts.create(
						{
							type: 'express',
							...(email ? { email } : {}),
							capabilities: { transfers: { requested: true } },
							metadata: { partner_id: String(partnerId) }
						},
						{ idempotencyKey: `partner-${partnerId}-account` }
					)
				).id;
			const link = await stripe.accountLinks.create({
				account: accountId,
				type: 'account_onboarding',
				refresh_url: settings.connectReturnUrl,
				return_url: settings.connectReturnUrl
			});
			return { accountId, url: link.url };
		},

		async payout({ amountCents, destinationAccountId, idempotencyKey, statementId }) {
			// A transfer already made for this statement (a crash after Stripe answered, or a retry
			// after Stripe's 24-hour idempotency window) is used, never made a second time.
			const earlier = await stripe.transfers.list({
				transfer_group: `statement-${statementId}`,
				limit: 10
			});
			const made = earlier.data.find((t) => !t.reversed && t.amount === amountCents);
			if (made) return { transferId: made.id };
			const transfer = await stripe.transfers.create(
				{
					amount: amountCents,
					currency: settings.currency,
					destination: destinationAccountId,
					transfer_group: `statement-${statementId}`,
					metadata: { statement_id: String(statementId) }
				},
				{ idempotencyKey }
			);
			return { transferId: transfer.id };
		},

		async checkout(request) {
			const session = await stripe.checkout.sessions.create(
				{
					mode: 'payment',
					line_items: [
						{
							quantity: 1,
							price_data: {
								currency: settings.currency,
								unit_amount: request.amountCents,
								product_data: { name: request.description }
							}
						}
					],
					success_url: request.successUrl,
					cancel_url: request.cancelUrl,
					client_reference_id: String(request.sponsorshipId),
					// With an address, Stripe mails the sponsor its own payment receipt too.
					...(request.customerEmail
						? {
								customer_email: request.customerEmail,
								payment_intent_data: { receipt_email: request.customerEmail }
							}
						: {}),
					metadata: { sponsorship_id: String(request.sponsorshipId) }
				},
				{ idempotencyKey: request.idempotencyKey }
			);
			if (!session.url) throw new Error('Stripe returned a Checkout session without a URL');
			return { sessionId: session.id, url: session.url };
		},

		verifyWebhook(rawBody, signature) {
			if (!settings.webhookSecret) return { ok: false, error: 'not_configured' };
			if (!signature) return { ok: false, error: 'missing_signature' };
			try {
				const event = stripe.webhooks.constructEvent(
					rawBody,
					signature,
					settings.webhookSecret,
					settings.webhookToleranceSeconds ?? 300
				);
				const value: PaymentEvent = {
					id: event.id,
					type: event.type,
					object: event.data.object as unknown as Record<string, unknown>
				};
				return { ok: true, value };
			} catch {
				// Wrong secret, tampered body or a timestamp outside the tolerance: all the same to us.
				return { ok: false, error: 'bad_signature' };
			}
		}
	};
}
