import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import { canRequestUnmask } from '$lib/server/privacy';
import { communityAccounts, findResidents, walletDeps } from '$lib/server/wallet';
import type { PageServerLoad } from './$types';

/**
 * Committee and auditors: find a resident of their communities (GET ?q=name or phone digits)
 * and see the balances of the communities' own accounts. View only: this page has no actions
 * (a committee member's "see the full number" form posts to /committee/unmask).
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const { user } = requirePermissionSomewhere(locals, 'ledger.read.community');
	const deps = walletDeps();
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 40);
	const [residents, communities] = await Promise.all([
		q ? findResidents(deps, user, q) : Promise.resolve(null),
		communityAccounts(deps, user)
	]);
	const canUnmask = canRequestUnmask(user.roles.map((r) => r.role));
	return { q, residents, communities, canUnmask };
};
