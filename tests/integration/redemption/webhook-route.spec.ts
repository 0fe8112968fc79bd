import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../helpers/db';

const db = await createTestDatabase();
const SECRET = 'whsec_route_test_secret';
// The route builds its dependencies from the environment on first use, as the running app does.
process.env.DATABASE_URL = db.url;
process.env.STRIPE_SECRET_KEY = 'sk_test_route';
process.env.STRIPE_WEBHOOK_SECRET = SECRET;
const route = await import('../../../web/src/routes/api/v1/stripe/webhook/+server');
const signer = new Stripe('sk_test_unused');

type Event = Parameters<typeof route.POST>[0];

/** Posts raw bytes to the route with the given signature header, as Stripe does. */
async function post(body: string, signature: string | null) {
	const headers = new Headers({ 'content-type': 'application/json' });
	if (signature !== null) headers.set('stripe-signature', signature);
	const request = new Request('http://127.0.0.1/api/v1/stripe/webhook', {
		method: 'POST',
		headers,
		body
	});
	const response = await route.POST({ request } as unknown as Event);
	return { status: response.status, body: await response.text() };
}

/** An event as Stripe sends it: indented JSON, here with Chinese text, signed over those bytes. */
function signed(id: string, secret = SECRET) {
	const payload = JSON.stringify(
		{
			id,
			object: 'event',
			api_version: '2025-01-01',
			created: 1,
			livemode: false,
			type: 'account.updated',
			data: {
				object: { id: 'acct_unknown', object: 'account', business_profile: { name: '东山药房' } }
			}
		},
		null,
		2
	);
	return { payload, header: signer.webhooks.generateTestHeaderString({ payload, secret }) };
}

describe('POST /api/v1/stripe/webhook', () => {
	it('should verify the signature over the exact bytes sent and handle the event once', async () => {
		const { payload, header } = signed('evt_route_1');
		expect(await post(payload, header)).toEqual({
			status: 200,
			body: 'ignored:unknown_account'
		});
		expect(await post(payload, header)).toEqual({ status: 200, body: 'replayed' });
		const [stored] =
			await db.sql`select count(*)::int as n from stripe_events where id = 'evt_route_1'`;
		expect(stored?.n).toBe(1);
	});

	it('should refuse a body changed after signing, a wrong secret and a missing header with 400', async () => {
		const { payload, header } = signed('evt_route_2');
		// The same JSON, re-serialised without its whitespace: a parsed-and-rewritten body fails.
		const reformatted = JSON.stringify(JSON.parse(payload));
		expect((await post(reformatted, header)).status).toBe(400);
		const forged = signed('evt_route_3', 'whsec_someone_else');
		expect((await post(forged.payload, forged.header)).status).toBe(400);
		expect((await post(payload, null)).status).toBe(400);
		const [stored] = await db.sql`select count(*)::int as n from stripe_events
			where id in ('evt_route_2', 'evt_route_3')`;
		expect(stored?.n).toBe(0);
	});
});
