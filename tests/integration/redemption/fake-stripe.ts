import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
	method: string;
	path: string;
	query: URLSearchParams;
	idempotencyKey: string | null;
	authorization: string | null;
	form: URLSearchParams;
}

type Json = Record<string, unknown>;

/**
 * A local stand-in for api.stripe.com: records every request and answers in the shapes Stripe
 * documents (account, account_link, transfer and the list of transfers, checkout.session). Like Stripe, a repeated
 * idempotency key gets the first response back without creating anything.
 */
export class FakeStripe {
	readonly requests: RecordedRequest[] = [];
	readonly #byKey = new Map<string, Json>();
	/** Every transfer made, for listing by transfer group as Stripe does. */
	readonly transfers: Json[] = [];
	#server: Server | null = null;
	#seq = 0;
	/** Set to make the next request fail with a 500, as Stripe may. */
	failNext = false;

	async start(): Promise<{ host: string; port: number; protocol: 'http' }> {
		this.#server = createServer((req, res) => {
			void this.#handle(req).then(({ status, body }) => {
				res.writeHead(status, {
					'content-type': 'application/json',
					'request-id': `req_${this.#seq}`
				});
				res.end(JSON.stringify(body));
			});
		});
		await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
		const { port } = this.#server.address() as AddressInfo;
		return { host: '127.0.0.1', port, protocol: 'http' };
	}

	async stop(): Promise<void> {
		await new Promise((resolve) => this.#server?.close(resolve));
	}

	async #handle(req: IncomingMessage): Promise<{ status: number; body: Json }> {
		let raw = '';
		for await (const chunk of req) raw += String(chunk);
		const key = req.headers['idempotency-key'];
		const recorded: RecordedRequest = {
			method: req.method ?? '',
			path: (req.url ?? '').split('?')[0] ?? '',
			query: new URLSearchParams((req.url ?? '').split('?')[1] ?? ''),
			idempotencyKey: typeof key === 'string' ? key : null,
			authorization: req.headers.authorization ?? null,
			form: new URLSearchParams(raw)
		};
		this.requests.push(recorded);
		if (this.failNext) {
			this.failNext = false;
			return { status: 500, body: { error: { type: 'api_error', message: 'boom' } } };
		}
		if (recorded.idempotencyKey && this.#byKey.has(recorded.idempotencyKey)) {
			return { status: 200, body: this.#byKey.get(recorded.idempotencyKey)! };
		}
		const body = this.#respond(recorded);
		if (!body) {
			return {
				status: 404,
				body: { error: { type: 'invalid_request_error', message: 'Unrecognized request URL' } }
			};
		}
		if (recorded.idempotencyKey) this.#byKey.set(recorded.idempotencyKey, body);
		return { status: 200, body };
	}

	#respond(r: RecordedRequest): Json | null {
		const n = ++this.#seq;
		const created = Math.floor(Date.now() / 1000);
		const f = r.form;
		switch (`${r.method} ${r.path}`) {
			case 'POST /v1/accounts':
				return {
					id: `acct_test${n}`,
					object: 'account',
					type: 'express',
					payouts_enabled: false,
					charges_enabled: false,
					created,
					metadata: { partner_id: f.get('metadata[partner_id]') }
				};
			case 'POST /v1/account_links':
				return {
					object: 'account_link',
					created,
					expires_at: created + 300,
					url: `https://connect.stripe.test/setup/e/${f.get('account')}/${n}`
				};
			case 'GET /v1/transfers': {
				const group = r.query.get('transfer_group');
				const data = this.transfers.filter((t) => !group || t.transfer_group === group);
				return { object: 'list', url: '/v1/transfers', has_more: false, data };
			}
			case 'POST /v1/transfers': {
				const transfer = {
					id: `tr_test${n}`,
					object: 'transfer',
					amount: Number(f.get('amount')),
					currency: f.get('currency'),
					destination: f.get('destination'),
					transfer_group: f.get('transfer_group'),
					metadata: { statement_id: f.get('metadata[statement_id]') },
					reversed: false,
					amount_reversed: 0,
					created,
					livemode: false
				};
				this.transfers.unshift(transfer);
				return transfer;
			}
			case 'POST /v1/checkout/sessions':
				return {
					id: `cs_test_${n}`,
					object: 'checkout.session',
					mode: 'payment',
					payment_status: 'unpaid',
					status: 'open',
					amount_total: Number(f.get('line_items[0][price_data][unit_amount]')),
					currency: f.get('line_items[0][price_data][currency]'),
					client_reference_id: f.get('client_reference_id'),
					metadata: { sponsorship_id: f.get('metadata[sponsorship_id]') },
					url: `https://checkout.stripe.test/c/pay/cs_test_${n}`,
					created,
					livemode: false
				};
			default:
				return null;
		}
	}
}
