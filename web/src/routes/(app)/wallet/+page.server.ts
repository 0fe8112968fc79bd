import { error } from '@sveltejs/kit';
import { KNOWN_KINDS } from '$lib/domain/wallet';
import { requireUser } from '$lib/server/access/guards';
import { openWallet, readFilter, walletDeps, walletHistory } from '$lib/server/wallet';
import type { PageServerLoad } from './$types';

/** The resident's own wallet: balances, then the history filtered by the GET form. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const deps = walletDeps();
	const opened = await openWallet(deps, user, user.id);
	if (!opened.ok) error(404, { message: 'Not found', code: opened.error });
	const { filter, values, error: filterError } = readFilter(url.searchParams);
	const history = filterError
		? { items: [], nextCursor: null }
		: await walletHistory(deps, opened.value, filter);
	return {
		wallet: opened.value,
		history,
		filter: values,
		filterError,
		paged: filter.cursor != null,
		kinds: KNOWN_KINDS
	};
};
