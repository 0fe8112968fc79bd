import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeStripe } from './fake-stripe';

/* The stand-in must refuse what Stripe refuses, or a malformed call from the app would pass the
 * tests and fail only against the real service. Driven through the official library, so its
 * answers must also parse as Stripe's own errors. */

const fake = new FakeStripe();
let stripe: Stripe;
let api: Awaited<ReturnType<FakeStripe['start']>>;

const transfer = { amount: 250, currency: 'cny', destination: 'acct_test1' };

beforeAll(async () => {
	api = await fake.start();
	stripe = new Stripe('sk_test_123', { maxNetworkRetries: 0, telemetry: false, ...api });
});
afterAll(() => fake.stop());

describe('the Stripe stand-in', () => {
	it('should refuse a request without a secret key', async () => {
		const anonymous = new Stripe('pk_test_public', { maxNetworkRetries: 0, ...api });
		await expect(anonymous.transfers.create(transfer)).rejects.toBeInstanceOf(
			Stripe.errors.StripeAuthenticationError
		);
	});

	it.each([
		['no amount', { currency: 'cny', destination: 'acct_test1' }, 'amount'],
		['a zero amount', { ...transfer, amount: 0 }, 'amount'],
		['a fractional amount', { ...transfer, amount: 2.5 }, 'amount'],
		['an upper-case currency', { ...transfer, currency: 'CNY' }, 'currency'],
		['no destination', { amount: 250, currency: 'cny' }, 'destination'],
		['a destination that is no account', { ...transfer, destination: 'ba_123' }, 'destination']
	])('should refuse a transfer with %s, naming the parameter', async (_, params, param) => {
		const made = stripe.transfers.create(params as Stripe.TransferCreateParams);
		await expect(made).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
		await expect(made).rejects.toMatchObject({ param });
	});

	it('should refuse a Checkout session without a price', async () => {
		const made = stripe.checkout.sessions.create({
			mode: 'payment',
			line_items: [{ quantity: 1, price_data: { currency: 'cny', product_data: { name: '助老' } } }]
		} as Stripe.Checkout.SessionCreateParams);
		await expect(made).rejects.toMatchObject({
			param: 'line_items[0][price_data][unit_amount]'
		});
	});

	it('should answer a repeated key with the first result, and refuse it with other parameters', async () => {
		const first = await stripe.transfers.create(transfer, { idempotencyKey: 'statement-9-pay' });
		const again = await stripe.transfers.create(transfer, { idempotencyKey: 'statement-9-pay' });
		expect(again.id).toBe(first.id);
		const other = stripe.transfers.create(
			{ ...transfer, amount: 300 },
			{ idempotencyKey: 'statement-9-pay' }
		);
		await expect(other).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
		expect(fake.transfers.filter((t) => t.id === first.id)).toHaveLength(1);
	});
});
