import { error } from '@sveltejs/kit';
import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import {
	accountsHistory,
	filteredHistory,
	openCommunityAccount,
	walletDeps
} from '$lib/server/wallet';
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
	return {
		account: opened.value,
		...(await filteredHistory(url.searchParams, (f) =>
			accountsHistory(deps, [opened.value.balance], f)
		))
	};
};
