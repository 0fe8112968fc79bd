/**
 * The payments port: how the platform pays partners and takes sponsors' money. Two adapters:
 * `manual` (no Stripe keys: payments are recorded by hand with a reference, sponsors cannot pay
 * online) and `stripe` (Connect Express accounts, Transfers and Checkout). Every call that moves
 * money carries an idempotency key, so a retry after a timeout never pays twice.
 */
export type PaymentsMode = 'manual' | 'stripe';

export interface ConnectOnboarding {
	accountId: string;
	/** Stripe's hosted onboarding page; the partner is sent there. */
	url: string;
}

export interface PayoutRequest {
	amountCents: number;
	destinationAccountId: string;
	idempotencyKey: string;
	/** Shown in Stripe and echoed in webhook events, to match them back. */
	statementId: number;
}

export interface CheckoutRequest {
	amountCents: number;
	sponsorshipId: number;
	description: string;
	successUrl: string;
	cancelUrl: string;
	customerEmail: string | null;
	idempotencyKey: string;
}

/** A webhook event as the app handles it: only the fields it reads. */
export interface PaymentEvent {
	id: string;
	type: string;
	object: Record<string, unknown>;
}

export type WebhookError = 'missing_signature' | 'bad_signature' | 'not_configured';

export interface PaymentsPort {
	readonly mode: PaymentsMode;
	readonly currency: string;
	/** Creates (or reuses) the partner's Express account and an onboarding link. */
	connectOnboarding(input: {
		partnerId: number;
		existingAccountId: string | null;
		email: string | null;
	}): Promise<ConnectOnboarding>;
	payout(request: PayoutRequest): Promise<{ transferId: string }>;
	checkout(request: CheckoutRequest): Promise<{ sessionId: string; url: string }>;
	/** Checks the signature over the raw body (and its age) and parses the event. */
	verifyWebhook(
		rawBody: string,
		signature: string | null
	): { ok: true; value: PaymentEvent } | { ok: false; error: WebhookError };
}

/** Thrown by the manual adapter for operations that need Stripe; routes check `mode` first. */
export class PaymentsUnavailableError extends Error {
	constructor(operation: string) {
		super(`${operation} needs Stripe: set STRIPE_SECRET_KEY`);
		this.name = 'PaymentsUnavailableError';
	}
}
