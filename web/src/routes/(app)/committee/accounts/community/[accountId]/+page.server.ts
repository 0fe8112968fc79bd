import { error } from '@sveltejs/kit';
import { KNOWN_KINDS } from '$lib/domain/wallet';
import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import { accountsHistory, openCommunityAccount, readFilter, walletDeps } from '$lib/server/wallet';
import type { PageServerLoad } from './$types';

/**
 * One of a community's own accounts (issuance or pool) with its history and receipts, for the
 * committee and auditors of that community (403 elsewhere, 404 for no such account).
 */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireUser(locals, url);
	const { user } = requirePermissionSomewhere(locals, 'ledger.read.community');
	const deps = walletDeps();
	const opened = await openCommunityAccount(deps, user, params.accountId);
	if (!opened.ok) {
		const status = opened.error === 'forbidden' ? 403 : 404;
		error(status, { message: opened.error, code: opened.error });
	}
	const { filter, values, error: filterError } = readFilter(url.searchParams);
	const history = filterError
		? { items: [], nextCursor: null }
		: await accountsHistory(deps, [opened.value.balance], filter);
	return {
		account: opened.value,
		history,
		filter: values,
		filterError,
		paged: filter.cursor != null,
		kinds: KNOWN_KINDS
	};
};
