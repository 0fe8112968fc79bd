import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import { redemption } from '$lib/server/redemption/deps';
import { reconcile } from '$lib/server/redemption/reconciliation.service';
import type { PageServerLoad } from './$types';

/**
 * Partners are not tied to one community, and a mismatch anywhere matters to every auditor, so
 * anyone who may read reconciliation somewhere sees all partners' figures (points only, no people).
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	requirePermissionSomewhere(locals, 'reconciliation.read');
	return { rows: await reconcile(redemption()) };
};
