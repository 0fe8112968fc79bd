import { err, ok, type Result } from '../../../../../chain/core/shared';
import { centsToPoints } from '../../domain/redemption/settlement';
import { communityPool, sponsorFunding } from './accounts';
import type { RedemptionDeps } from './deps';

export type SponsorError =
	'stripe_unavailable' | 'unknown_community' | 'too_small' | 'payment_failed';

/**
 * Starts a sponsorship: records it as pending at the community's current rate and opens a
 * Stripe Checkout session for it. The pool is credited only when Stripe's webhook confirms the
 * payment (`creditSponsorship`). Errors: 'stripe_unavailable', 'unknown_community', 'too_small',
 * 'payment_failed'.
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
	const [row] = await deps.sql<{ id: number }[]>`
		insert into sponsorships (community_id, sponsor_name, email, cents, points, points_per_yuan)
		values (${input.communityId}, ${input.sponsorName}, ${input.email}, ${input.cents}, ${points}, ${community.rate})
		returning id`;
	if (!row) throw new Error('sponsorship insert returned nothing');
	try {
		const session = await deps.payments.checkout({
			amountCents: input.cents,
			sponsorshipId: row.id,
			description: `${community.name} · ${points} points`,
			successUrl: `${input.origin}/sponsor/thanks?sponsorship=${row.id}`,
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
