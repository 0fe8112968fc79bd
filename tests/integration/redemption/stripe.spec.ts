import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../helpers/db';
import { stripePayments } from '../../../web/src/lib/server/payments/stripe';
import { startConnectOnboarding } from '../../../web/src/lib/server/redemption/connect.service';
import { confirmVoucher } from '../../../web/src/lib/server/redemption/counter.service';
import { createOffer, setOfferStatus } from '../../../web/src/lib/server/redemption/offers.service';
import {
	applyAsPartner,
	decideApplication
} from '../../../web/src/lib/server/redemption/partners.service';
import { payStatement } from '../../../web/src/lib/server/redemption/pay-statement';
import { reconcile } from '../../../web/src/lib/server/redemption/reconciliation.service';
import { redeemOffer } from '../../../web/src/lib/server/redemption/redeem.service';
import {
	approveStatement,
	generateStatements,
	statementById
} from '../../../web/src/lib/server/redemption/settlement.service';
import {
	sponsorReceipt,
	startSponsorship
} from '../../../web/src/lib/server/redemption/sponsor.service';
import { processStripeWebhook } from '../../../web/src/lib/server/redemption/webhook.service';
import { FakeStripe } from './fake-stripe';
import { balanceOf, fund, makeCommunity, makeUser, testDeps } from './fixtures';

const db = await createTestDatabase();
const fake = new FakeStripe();
const SECRET = 'whsec_test_secret';
const signer = new Stripe('sk_test_unused');
let deps: ReturnType<typeof testDeps>;
let community: { id: number };
let partnerId: number;
let manager: { id: number };

function signed(
	event: Record<string, unknown>,
	options: { secret?: string; timestamp?: number } = {}
) {
	const payload = JSON.stringify({
		object: 'event',
		api_version: '2025-01-01',
		created: 1,
		livemode: false,
		...event
	});
	const header = signer.webhooks.generateTestHeaderString({
		payload,
		secret: options.secret ?? SECRET,
		timestamp: options.timestamp
	});
	return { payload, header };
}

async function deliver(
	event: Record<string, unknown>,
	options: { secret?: string; timestamp?: number } = {}
) {
	const { payload, header } = signed(event, options);
	return processStripeWebhook(deps, payload, header);
}

beforeAll(async () => {
	api = await fake.start();
	deps = testDeps(db.sql, {
		payments: stripePayments({
			secretKey: 'sk_test_123',
			webhookSecret: SECRET,
			connectReturnUrl: 'http://127.0.0.1:5173/partner',
			currency: 'cny',
			api
		})
	});
	community = await makeCommunity(db.sql, '东山社区');
	manager = await makeUser(db.sql, { communityId: community.id });
	const applied = await applyAsPartner(deps, manager.id, {
		name: '东山药房',
		licenceNo: 'LIC-STRIPE',
		contactName: '周',
		contactPhone: '13800000002',
		address: '东山路',
		categories: ['health'],
		communityIds: [community.id]
	});
	if (!applied.ok) throw new Error(applied.error);
	partnerId = applied.value.partnerId;
	await decideApplication(deps, manager.id, {
		partnerId,
		communityId: community.id,
		approve: true,
		reason: null
	});
});

afterAll(() => fake.stop());

/** A statement approved for one redemption of a new offer costing `points`: ready to pay. */
async function approvedStatement(title: string, points: number, requestKey: string) {
	const now = Date.now();
	const o = await createOffer(deps, partnerId, {
		title,
		description: '',
		category: 'health',
		pricePoints: points,
		stock: null,
		monthlyLimit: null,
		validFrom: new Date(now - 1000),
		validUntil: new Date(now + 86_400_000),
		voucherDays: 1,
		communityIds: [community.id]
	});
	if (!o.ok) throw new Error(o.error);
	await setOfferStatus(deps, partnerId, o.value.id, 'live');
	const resident = await makeUser(db.sql, { communityId: community.id });
	await fund(deps, resident.id, community.id, points);
	const v = await redeemOffer(
		deps,
		{ id: resident.id, communityId: community.id, status: 'verified' },
		{ offerId: o.value.id, requestKey }
	);
	if (!v.ok) throw new Error(v.error);
	const used = await confirmVoucher(deps, { userId: manager.id, partnerId }, v.value.code);
	if (!used.ok) throw new Error(used.error);
	const [id] = await generateStatements(deps, { mode: 'to-date' });
	if (id === undefined) throw new Error('no statement');
	await approveStatement(deps, manager.id, id);
	return id;
}

let api: Awaited<ReturnType<FakeStripe['start']>>;
/** A request straight to the stand-in Stripe, as another client of the same account would. */
async function stripeApi(path: string, form: Record<string, string>): Promise<{ id: string }> {
	const response = await fetch(`http://${api.host}:${api.port}${path}`, {
		method: 'POST',
		headers: {
			authorization: 'Bearer sk_test_123',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(form)
	});
	if (!response.ok) throw new Error(`the Stripe stand-in refused: ${await response.text()}`);
	return (await response.json()) as { id: string };
}

describe('Stripe Connect payouts', () => {
	it('should create an Express account once and an onboarding link', async () => {
		const first = await startConnectOnboarding(deps, partnerId, 'shop@example.com');
		const second = await startConnectOnboarding(deps, partnerId, 'shop@example.com');
		expect(first.ok && first.value.url).toMatch(
			/^https:\/\/connect\.stripe\.test\/setup\/e\/acct_test1\//
		);
		expect(second.ok).toBe(true);
		const accounts = fake.requests.filter((r) => r.path === '/v1/accounts');
		expect(accounts).toHaveLength(1);
		expect(accounts[0]).toMatchObject({
			idempotencyKey: `partner-${partnerId}-account`,
			authorization: 'Bearer sk_test_123'
		});
		expect(accounts[0]?.form.get('type')).toBe('express');
		expect(accounts[0]?.form.get('capabilities[transfers][requested]')).toBe('true');
		expect(fake.requests.filter((r) => r.path === '/v1/account_links')).toHaveLength(2);
	});

	it('should enable payouts from a signed account.updated event', async () => {
		const result = await deliver({
			id: 'evt_acct_1',
			type: 'account.updated',
			data: { object: { id: 'acct_test1', object: 'account', payouts_enabled: true } }
		});
		expect(result).toEqual({ status: 200, body: 'handled' });
		const [p] = await db.sql`select stripe_payouts_enabled from partners where id = ${partnerId}`;
		expect(p?.stripe_payouts_enabled).toBe(true);
	});

	it('should pay a statement with one transfer per statement, then match the transfer event', async () => {
		const id = await approvedStatement('量血压', 250, 'r');

		fake.failNext = true; // Stripe is down for the first attempt (and its automatic retries succeed)
		const paid = await payStatement(deps, manager.id, id, { method: 'stripe' });
		expect(paid.ok).toBe(true);
		expect(await payStatement(deps, manager.id, id, { method: 'stripe' })).toEqual({
			ok: false,
			error: 'already_paid'
		});
		const transfers = fake.requests.filter(
			(r) => r.method === 'POST' && r.path === '/v1/transfers'
		);
		// The retry after the 500 carried the same idempotency key: one payout, however many tries.
		expect(new Set(transfers.map((t) => t.idempotencyKey))).toEqual(
			new Set([`statement-${id}-payout`])
		);
		expect(transfers.at(-1)?.form.get('amount')).toBe('250');
		expect(transfers.at(-1)?.form.get('destination')).toBe('acct_test1');
		const s = await statementById(deps, id);
		expect(s).toMatchObject({ status: 'paid', paymentMethod: 'stripe', stripeConfirmedAt: null });
		expect(await balanceOf(deps, 'partner', partnerId, 'partner_receivable')).toEqual({
			posted: 0,
			available: 0
		});
		expect((await reconcile(deps))[0]?.mismatches).toEqual(['stripe']);

		const event = {
			id: 'evt_tr_1',
			type: 'transfer.created',
			data: { object: { id: s!.stripeTransferId, object: 'transfer', amount: 250 } }
		};
		expect(await deliver(event)).toEqual({ status: 200, body: 'handled' });
		expect(await deliver(event)).toEqual({ status: 200, body: 'replayed' });
		expect((await reconcile(deps))[0]?.mismatches).toEqual([]);
	});
});

describe('a payout made before its bookkeeping was lost', () => {
	it('should find the transfer Stripe already made for the statement instead of paying twice', async () => {
		const id = await approvedStatement('测血糖', 120, 'lost');
		// The transfer went out, then the process died before the statement was marked paid, and
		// the committee retries days later, when Stripe no longer remembers the idempotency key.
		const lost = await stripeApi('/v1/transfers', {
			amount: '120',
			currency: 'cny',
			destination: 'acct_test1',
			transfer_group: `statement-${id}`
		});
		const before = fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/transfers');
		const paid = await payStatement(deps, manager.id, id, { method: 'stripe' });
		expect(paid.ok).toBe(true);
		const after = fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/transfers');
		expect(after).toHaveLength(before.length);
		expect(await statementById(deps, id)).toMatchObject({
			status: 'paid',
			stripeTransferId: lost.id
		});
	});
});

describe('sponsors through Checkout', () => {
	it('should credit the pool once on the paid session, and ignore replays and unknown sessions', async () => {
		const logFrom = deps.warnings.length;
		const started = await startSponsorship(deps, {
			communityId: community.id,
			sponsorName: '好邻居公司',
			email: 'csr@example.com',
			cents: 5000,
			origin: 'http://127.0.0.1:5173'
		});
		expect(started.ok && started.value.url).toMatch(/^https:\/\/checkout\.stripe\.test\//);
		const request = fake.requests.filter((r) => r.path === '/v1/checkout/sessions').at(-1);
		expect(request?.idempotencyKey).toMatch(/^sponsorship-\d+-checkout$/);
		expect(request?.form.get('line_items[0][price_data][unit_amount]')).toBe('5000');
		expect(request?.form.get('payment_intent_data[receipt_email]')).toBe('csr@example.com');
		const [s] = await db.sql<
			{ id: number; session: string; token: string }[]
		>`select id, checkout_session_id as session, receipt_token as token from sponsorships`;
		// Checkout returns the sponsor to their own receipt, which waits for Stripe's word.
		expect(request?.form.get('success_url')).toBe(
			`http://127.0.0.1:5173/sponsor/receipts/${s!.token}`
		);
		expect(s!.token).toMatch(/^[\w-]{22}$/);
		expect(await sponsorReceipt(deps, s!.token)).toMatchObject({
			sponsorName: '好邻居公司',
			community: '东山社区',
			cents: 5000,
			points: 5000,
			pointsPerYuan: 100,
			status: 'pending',
			paidAt: null,
			ledgerTransferId: null
		});
		const completed = {
			id: 'evt_cs_1',
			type: 'checkout.session.completed',
			data: {
				object: {
					id: s!.session,
					object: 'checkout.session',
					payment_status: 'paid',
					amount_total: 5000,
					metadata: { sponsorship_id: String(s!.id) }
				}
			}
		};
		expect(await deliver(completed)).toEqual({ status: 200, body: 'handled' });
		expect(await deliver(completed)).toEqual({ status: 200, body: 'replayed' });
		expect(await deliver({ ...completed, id: 'evt_cs_2' })).toEqual({
			status: 200,
			body: 'ignored:already_credited'
		});
		expect(await balanceOf(deps, 'community', community.id, 'community_pool')).toEqual({
			posted: 5000,
			available: 5000
		});
		const paid = await sponsorReceipt(deps, s!.token);
		expect(paid).toMatchObject({ status: 'paid' });
		expect(paid?.paidAt).toBeInstanceOf(Date);
		const [credit] = await db.sql<{ id: string; amount: string }[]>`
			select id, amount from ledger_transfers where idempotency_key = ${`sponsorship:${s!.id}:credit`}`;
		expect(paid?.ledgerTransferId).toBe(credit!.id);
		expect(await sponsorReceipt(deps, 'AAAAAAAAAAAAAAAAAAAAAA')).toBeNull();
		const unknown = {
			id: 'evt_cs_3',
			type: 'checkout.session.completed',
			data: { object: { id: 'cs_unknown', payment_status: 'paid', amount_total: 1 } }
		};
		expect(await deliver(unknown)).toEqual({ status: 200, body: 'ignored:unknown_sponsorship' });
		// Each delivery left alone leaves a line for whoever reconciles with Stripe.
		expect(deps.warnings.slice(logFrom).filter((w) => w.startsWith('webhook '))).toEqual([
			'webhook replayed',
			'webhook ignored:already_credited',
			'webhook ignored:unknown_sponsorship'
		]);
		const stored = await db.sql`select id from stripe_events order by id`;
		expect(stored.map((e) => e.id)).toContain('evt_cs_1');
	});

	it('should close a sponsorship whose Checkout session expired unpaid', async () => {
		const started = await startSponsorship(deps, {
			communityId: community.id,
			sponsorName: '路过的好心人',
			email: null,
			cents: 1000,
			origin: 'http://127.0.0.1:5173'
		});
		expect(started.ok).toBe(true);
		const request = fake.requests.filter((r) => r.path === '/v1/checkout/sessions').at(-1);
		expect(request?.form.has('payment_intent_data[receipt_email]')).toBe(false);
		const [s] = await db.sql<{ session: string; token: string }[]>`
			select checkout_session_id as session, receipt_token as token from sponsorships
			where sponsor_name = '路过的好心人'`;
		const expired = {
			id: 'evt_cs_expired',
			type: 'checkout.session.expired',
			data: { object: { id: s!.session, object: 'checkout.session', payment_status: 'unpaid' } }
		};
		expect(await deliver(expired)).toEqual({ status: 200, body: 'handled' });
		expect(await sponsorReceipt(deps, s!.token)).toMatchObject({ status: 'expired' });
		expect(await deliver({ ...expired, id: 'evt_cs_expired_2' })).toEqual({
			status: 200,
			body: 'ignored:unknown_sponsorship'
		});
	});

	it('should refuse bad, missing and stale signatures without storing anything', async () => {
		const before = await db.sql`select count(*)::int as n from stripe_events`;
		const event = {
			id: 'evt_forged',
			type: 'checkout.session.completed',
			data: { object: { id: 'cs_x', payment_status: 'paid', amount_total: 1 } }
		};
		expect(await deliver(event, { secret: 'whsec_wrong' })).toEqual({
			status: 400,
			body: 'bad_signature'
		});
		expect(await deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 3600 })).toEqual({
			status: 400,
			body: 'bad_signature'
		});
		const { payload, header } = signed(event);
		expect(
			await processStripeWebhook(
				deps,
				payload.replace('"amount_total":1', '"amount_total":100'),
				header
			)
		).toEqual({ status: 400, body: 'bad_signature' });
		expect(await processStripeWebhook(deps, payload, null)).toEqual({
			status: 400,
			body: 'missing_signature'
		});
		const after = await db.sql`select count(*)::int as n from stripe_events`;
		expect(after).toEqual(before);
		expect(deps.warnings.filter((w) => w === 'webhook refused')).toHaveLength(4);
	});
});
