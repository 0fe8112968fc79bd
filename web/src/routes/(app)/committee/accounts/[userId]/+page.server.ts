import { error } from '@sveltejs/kit';
import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import { filteredHistory, openWallet, walletDeps, walletHistory } from '$lib/server/wallet';
import type { PageServerLoad } from './$types';

/**
 * A resident's wallet seen by the committee or an auditor: the same page the resident sees,
 * read-only, and only for residents of communities where the viewer may read the ledger (403
 * otherwise, 404 for nobody).
 */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireUser(locals, url);
	const { user } = requirePermissionSomewhere(locals, 'ledger.read.community');
	const deps = walletDeps();
	const ownerId = /^\d{1,9}$/.test(params.userId) ? Number(params.userId) : NaN;
	const opened = await openWallet(deps, user, ownerId);
	if (!opened.ok) {
		const status = opened.error === 'forbidden' ? 403 : 404;
		error(status, { message: opened.error, code: opened.error });
	}
	return {
		wallet: opened.value,
		...(await filteredHistory(url.searchParams, (f) => walletHistory(deps, opened.value, f)))
	};
};
