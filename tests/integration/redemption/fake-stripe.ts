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

type Answer = { status: number; body: Json };

/** Stripe's error body: `{ error: { type, code?, param?, message } }`. */
const refusal = (status: number, error: Json): Answer => ({ status, body: { error } });

const missing = (param: string) =>
	refusal(400, {
		type: 'invalid_request_error',
		code: 'parameter_missing',
		param,
		message: `Missing required param: ${param}.`
	});

const invalid = (param: string, message: string) =>
	refusal(400, { type: 'invalid_request_error', code: 'parameter_invalid', param, message });

/**
 * What Stripe requires of each request the app makes, so that a malformed call fails here as it
 * would there instead of passing silently: the parameters each endpoint needs, amounts as
 * positive whole numbers of the smallest unit, currencies as three lower-case letters.
 */
function refuseMalformed(r: RecordedRequest): Answer | null {
	const f = r.form;
	const need = (...params: string[]) => {
		const absent = params.find((p) => !f.get(p));
		return absent ? missing(absent) : null;
	};
	const amount = (param: string, min: number) => {
		const value = f.get(param) ?? '';
		return /^\d+$/.test(value) && Number(value) >= min
			? null
			: invalid(param, `Invalid integer: ${value}`);
	};
	const currency = (param: string) =>
		/^[a-z]{3}$/.test(f.get(param) ?? '')
			? null
			: invalid(param, `Invalid currency: ${f.get(param)}`);
	switch (`${r.method} ${r.path}`) {
		case 'POST /v1/accounts':
			return need('type');
		case 'POST /v1/account_links':
			return (
				need('account', 'type', 'refresh_url', 'return_url') ??
				(/^acct_/.test(f.get('account') ?? '') ? null : invalid('account', 'No such account'))
			);
		case 'POST /v1/transfers':
			return (
				need('amount', 'currency', 'destination') ??
				amount('amount', 1) ??
				currency('currency') ??
				(/^acct_/.test(f.get('destination') ?? '')
					? null
					: invalid('destination', 'No such destination'))
			);
		case 'POST /v1/checkout/sessions': {
			const item = 'line_items[0]';
			return (
				need('mode', `${item}[quantity]`, `${item}[price_data][product_data][name]`) ??
				amount(`${item}[price_data][unit_amount]`, 0) ??
				currency(`${item}[price_data][currency]`)
			);
		}
		default:
			return null;
	}
}

/**
 * A local stand-in for api.stripe.com: records every request and answers in the shapes Stripe
 * documents (account, account_link, transfer and the list of transfers, checkout.session). Like
 * Stripe, it wants a secret key, refuses a request missing what the endpoint requires (see
 * refuseMalformed), gives a repeated idempotency key the first response back without creating
 * anything, and refuses a key reused with other parameters.
 */
export class FakeStripe {
	readonly requests: RecordedRequest[] = [];
	readonly #byKey = new Map<string, { request: string; body: Json }>();
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

	async #handle(req: IncomingMessage): Promise<Answer> {
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
		if (!/^Bearer sk_(test|live)_\w+$/.test(recorded.authorization ?? '')) {
			return refusal(401, {
				type: 'invalid_request_error',
				message: 'Invalid API Key provided'
			});
		}
		const request = `${recorded.method} ${recorded.path} ${[...recorded.form].sort().join('&')}`;
		const earlier = recorded.idempotencyKey ? this.#byKey.get(recorded.idempotencyKey) : null;
		if (earlier && earlier.request !== request) {
			return refusal(400, {
				type: 'idempotency_error',
				message:
					'Keys for idempotent requests can only be used with the same parameters they were first used with.'
			});
		}
		if (earlier) return { status: 200, body: earlier.body };
		const malformed = refuseMalformed(recorded);
		if (malformed) return malformed;
		const body = this.#respond(recorded);
		if (!body) {
			return refusal(404, { type: 'invalid_request_error', message: 'Unrecognized request URL' });
		}
		if (recorded.idempotencyKey) this.#byKey.set(recorded.idempotencyKey, { request, body });
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
