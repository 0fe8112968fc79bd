import type { PaymentEvent } from '../payments/port';
import type { RedemptionDeps } from './deps';
import { creditSponsorship, expireSponsorship } from './sponsor.service';

export type WebhookOutcome = { status: 200 | 400; body: string };

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);
const meta = (o: Record<string, unknown>, key: string) => {
	const m = o.metadata;
	return m && typeof m === 'object' ? str((m as Record<string, unknown>)[key]) : null;
};

/**
 * Handles one verified Stripe event. The event id is stored first (primary key): a replayed
 * delivery finds it and returns without doing anything. Events for objects the app does not know
 * are recorded as ignored, never retried into an error loop.
 */
export async function handleStripeEvent(
	deps: RedemptionDeps,
	event: PaymentEvent
): Promise<string> {
	const seen = await deps.sql`select outcome from stripe_events where id = ${event.id}`;
	if (seen.length) return 'replayed';
	const outcome = await dispatch(deps, event);
	const stored = await deps.sql`insert into stripe_events (id, type, outcome)
		values (${event.id}, ${event.type}, ${outcome}) on conflict (id) do nothing returning id`;
	// A concurrent delivery of the same event may have stored it first; every handler below is
	// idempotent on its own (ledger keys, conditional updates), so nothing moved twice.
	return stored.length ? outcome : 'replayed';
}

async function dispatch(deps: RedemptionDeps, event: PaymentEvent): Promise<string> {
	const o = event.object;
	switch (event.type) {
		case 'checkout.session.completed':
		case 'checkout.session.async_payment_succeeded': {
			if (o.payment_status !== 'paid') return 'ignored:unpaid';
			const sponsorshipId = Number(meta(o, 'sponsorship_id') ?? str(o.client_reference_id) ?? NaN);
			const id = str(o.id);
			if (!id) return 'ignored:malformed';
			const result = await creditSponsorship(deps, {
				id,
				amountTotal: num(o.amount_total),
				sponsorshipId: Number.isSafeInteger(sponsorshipId) ? sponsorshipId : null
			});
			return result === 'credited' ? 'handled' : `ignored:${result}`;
		}
		case 'checkout.session.expired': {
			const id = str(o.id);
			if (!id) return 'ignored:malformed';
			return (await expireSponsorship(deps, id)) ? 'handled' : 'ignored:unknown_sponsorship';
		}
		case 'transfer.created':
		case 'transfer.updated': {
			const id = str(o.id);
			const rows = await deps.sql`update settlement_statements
				set stripe_confirmed_at = coalesce(stripe_confirmed_at, ${deps.now().toISOString()})
				where stripe_transfer_id = ${id} and cents = ${num(o.amount) ?? -1} returning id`;
			return rows.length ? 'handled' : 'ignored:unknown_transfer';
		}
		case 'transfer.reversed': {
			// Money came back: the statement stays paid on the ledger, and reconciliation shows it.
			const rows = await deps.sql`update settlement_statements set stripe_confirmed_at = null
				where stripe_transfer_id = ${str(o.id)} returning id`;
			deps.log.warn('transfer reversed', { transfer: str(o.id) });
			return rows.length ? 'handled' : 'ignored:unknown_transfer';
		}
		case 'account.updated': {
			const rows =
				await deps.sql`update partners set stripe_payouts_enabled = ${o.payouts_enabled === true}
				where stripe_account_id = ${str(o.id)} returning id`;
			return rows.length ? 'handled' : 'ignored:unknown_account';
		}
		default:
			return 'ignored:type';
	}
}

/**
 * The webhook endpoint's whole job, apart from HTTP: verify the signature over the raw body,
 * then handle the event once. 400 for a bad or stale signature (Stripe will retry, and a forger
 * learns nothing), 200 for everything verified, handled or deliberately ignored.
 */
export async function processStripeWebhook(
	deps: RedemptionDeps,
	rawBody: string,
	signature: string | null
): Promise<WebhookOutcome> {
	const verified = deps.payments.verifyWebhook(rawBody, signature);
	if (!verified.ok) {
		deps.log.warn('webhook refused', { error: verified.error });
		return { status: 400, body: verified.error };
	}
	const outcome = await handleStripeEvent(deps, verified.value);
	// Event types the app does not subscribe to are expected; anything else left alone (an
	// unknown object, a replay) is worth a line for whoever reconciles with Stripe.
	if (outcome === 'replayed' || (outcome.startsWith('ignored:') && outcome !== 'ignored:type')) {
		deps.log.warn(`webhook ${outcome}`, { event: verified.value.id, type: verified.value.type });
	}
	return { status: 200, body: outcome };
}
