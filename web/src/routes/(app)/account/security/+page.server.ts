import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/access/guards';
import { record } from '$lib/server/audit';
import { database } from '$lib/server/context';
import { mustUseTwoFactor, replaceRecoveryCodes, twoFactorState } from '$lib/server/totp';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const db = database().db;
	return {
		required: await mustUseTwoFactor(db, user),
		...(await twoFactorState(db, user.id))
	};
};

export const actions: Actions = {
	/** New recovery codes, shown once; only from a session that passed the second factor. */
	regenerate: async ({ locals, url }) => {
		const user = requireUser(locals, url);
		const db = database().db;
		if (!locals.session?.twoFactorAt || !(await twoFactorState(db, user.id)).enabled) {
			redirect(303, '/two-factor?redirectTo=%2Faccount%2Fsecurity');
		}
		const codes = await db.transaction(async (tx) => {
			await record(tx, {
				actorId: user.id,
				action: 'twofactor.recovery_regenerated',
				target: { type: 'user', id: user.id }
			});
			return replaceRecoveryCodes(tx, user.id);
		});
		return { recoveryCodes: codes };
	}
};
