import { randomBytes } from 'node:crypto';
import { err, ok, type Result } from '../../../../../chain/core/shared';
import { centsToPoints } from '../../domain/redemption/settlement';
import { communityPool, sponsorFunding } from './accounts';
import type { RedemptionDeps } from './deps';

export type SponsorError =
	'stripe_unavailable' | 'unknown_community' | 'too_small' | 'payment_failed';

/**
 * Starts a sponsorship: records it as pending at the community's current rate and opens a
 * Stripe Checkout session for it, which returns the sponsor to their receipt page. The pool is
 * credited only when Stripe's webhook confirms the payment (`creditSponsorship`); with an email
 * address Stripe also mails its own payment receipt. Errors: 'stripe_unavailable',
 * 'unknown_community', 'too_small', 'payment_failed'.
 */
export async function startSponsorship(
	deps: RedemptionDeps,
	input: {
		communityId: number;
		sponsorName: string;
		email: string | null;
		cents: number;
		origin: string;
	}
): Promise<Result<{ url: string }, SponsorError>> {
	if (deps.payments.mode !== 'stripe') return err('stripe_unavailable');
	const [community] = await deps.sql<{ name: string; rate: number }[]>`
		select n.name, coalesce(s.points_per_yuan, 100) as rate from nodes n
		left join community_redemption_settings s on s.community_id = n.id
		where n.id = ${input.communityId} and n.level = 'community'`;
	if (!community) return err('unknown_community');
	const points = centsToPoints(input.cents, community.rate);
	if (points < 1) return err('too_small');
	const token = randomBytes(16).toString('base64url');
	const [row] = await deps.sql<{ id: number }[]>`
		insert into sponsorships (community_id, sponsor_name, email, cents, points, points_per_yuan, receipt_token)
		values (${input.communityId}, ${input.sponsorName}, ${input.email}, ${input.cents}, ${points}, ${community.rate}, ${token})
		returning id`;
	if (!row) throw new Error('sponsorship insert returned nothing');
	try {
		const session = await deps.payments.checkout({
			amountCents: input.cents,
			sponsorshipId: row.id,
			description: `${community.name} · ${points} points`,
			successUrl: `${input.origin}/sponsor/receipts/${token}`,
			cancelUrl: `${input.origin}/sponsor`,
			customerEmail: input.email,
			idempotencyKey: `sponsorship-${row.id}-checkout`
		});
		await deps.sql`update sponsorships set checkout_session_id = ${session.sessionId} where id = ${row.id}`;
		return ok({ url: session.url });
	} catch (error) {
		deps.log.warn('Checkout failed', { sponsorshipId: row.id, error: String(error) });
		return err('payment_failed');
	}
}

export type CreditOutcome =
	'credited' | 'already_credited' | 'unknown_sponsorship' | 'amount_mismatch';

/**
 * Credits the community's pool for a paid Checkout session, once: the ledger transfer's
 * idempotency key is the sponsorship's, and the row moves pending → paid in the same step.
 */
export async function creditSponsorship(
	deps: RedemptionDeps,
	session: { id: string; amountTotal: number | null; sponsorshipId: number | null }
): Promise<CreditOutcome> {
	const [s] = await deps.sql<
		{ id: number; communityId: number; cents: number; points: number; status: string }[]
	>`
		select id, community_id as "communityId", cents::int as cents, points::int as points, status
		from sponsorships where checkout_session_id = ${session.id}
			or (checkout_session_id is null and id = ${session.sponsorshipId ?? -1})`;
	if (!s) return 'unknown_sponsorship';
	if (s.status === 'paid') return 'already_credited';
	if (session.amountTotal !== s.cents) {
		deps.log.warn('sponsorship amount mismatch', {
			sponsorshipId: s.id,
			paid: session.amountTotal
		});
		return 'amount_mismatch';
	}
	const posted = await deps.ledger.transfer({
		debitAccountId: await sponsorFunding(deps, s.communityId),
		creditAccountId: await communityPool(deps, s.communityId),
		asset: 'POINT',
		amount: s.points,
		idempotencyKey: `sponsorship:${s.id}:credit`,
		kind: 'sponsor.fund',
		reference: `sponsorship:${s.id}`,
		actorId: 0
	});
	if (!posted.ok) throw new Error(`sponsorship ${s.id} refused by the ledger: ${posted.error}`);
	await deps.sql`update sponsorships set status = 'paid', paid_at = ${deps.now().toISOString()},
		checkout_session_id = ${session.id}, ledger_transfer_id = ${posted.value.id}
		where id = ${s.id} and status = 'pending'`;
	return 'credited';
}

/**
 * A Checkout session that expired unpaid: the sponsorship is closed so its receipt says so.
 * Returns false when no pending sponsorship has that session.
 */
export async function expireSponsorship(deps: RedemptionDeps, sessionId: string): Promise<boolean> {
	const rows = await deps.sql`update sponsorships set status = 'expired'
		where checkout_session_id = ${sessionId} and status = 'pending' returning id`;
	return rows.length > 0;
}

export interface SponsorReceipt {
	sponsorName: string;
	community: string;
	cents: number;
	points: number;
	pointsPerYuan: number;
	status: 'pending' | 'paid' | 'expired';
	createdAt: Date;
	paidAt: Date | null;
	/** The pool's credit on the ledger, verifiable at /verify; null until paid. */
	ledgerTransferId: string | null;
}

/** The receipt behind a token, or null (no such token: the page answers 404). */
export async function sponsorReceipt(
	deps: RedemptionDeps,
	token: string
): Promise<SponsorReceipt | null> {
	const [row] = await deps.sql<
		(Omit<SponsorReceipt, 'createdAt' | 'paidAt'> & {
			createdAt: string;
			paidAt: string | null;
		})[]
	>`
		select s.sponsor_name as "sponsorName", n.name as community, s.cents::int as cents,
			s.points::int as points, s.points_per_yuan as "pointsPerYuan", s.status,
			to_json(s.created_at) #>> '{}' as "createdAt", to_json(s.paid_at) #>> '{}' as "paidAt",
			s.ledger_transfer_id as "ledgerTransferId"
		from sponsorships s join nodes n on n.id = s.community_id
		where s.receipt_token = ${token}`;
	if (!row) return null;
	return {
		...row,
		createdAt: new Date(row.createdAt),
		paidAt: row.paidAt ? new Date(row.paidAt) : null
	};
}
