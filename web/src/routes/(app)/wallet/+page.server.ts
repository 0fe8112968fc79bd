import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/access/guards';
import { filteredHistory, openWallet, walletDeps, walletHistory } from '$lib/server/wallet';
import type { PageServerLoad } from './$types';

/** The resident's own wallet: balances, then the history filtered by the GET form. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const deps = walletDeps();
	const opened = await openWallet(deps, user, user.id);
	if (!opened.ok) error(404, { message: 'Not found', code: opened.error });
	return {
		wallet: opened.value,
		...(await filteredHistory(url.searchParams, (f) => walletHistory(deps, opened.value, f)))
	};
};
