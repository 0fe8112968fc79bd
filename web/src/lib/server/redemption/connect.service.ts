import { err, ok, type Result } from '../../../../../chain/core/shared';
import type { RedemptionDeps } from './deps';

/**
 * Sends a partner manager to Stripe's hosted onboarding for an Express account; the account id
 * is stored at once so a second click reuses it. Payouts are enabled by the `account.updated`
 * webhook. Errors: 'stripe_unavailable', 'payment_failed'.
 */
export async function startConnectOnboarding(
	deps: RedemptionDeps,
	partnerId: number,
	email: string | null
): Promise<Result<{ url: string }, 'stripe_unavailable' | 'payment_failed'>> {
	if (deps.payments.mode !== 'stripe') return err('stripe_unavailable');
	const [p] = await deps.sql<{ accountId: string | null }[]>`
		select stripe_account_id as "accountId" from partners where id = ${partnerId}`;
	try {
		const link = await deps.payments.connectOnboarding({
			partnerId,
			existingAccountId: p?.accountId ?? null,
			email
		});
		await deps.sql`update partners set stripe_account_id = ${link.accountId} where id = ${partnerId}`;
		return ok({ url: link.url });
	} catch (error) {
		deps.log.warn('Connect onboarding failed', { partnerId, error: String(error) });
		return err('payment_failed');
	}
}
