import { personalCode, secondsLeft } from '$lib/domain/timebank';
import { requireUser } from '$lib/server/access/guards';
import { residentHourAccount, residentPointAccount } from '$lib/server/timebank/accounts';
import { timebank } from '$lib/server/timebank/deps';
import { proxyActionsFor } from '$lib/server/timebank/proxy.service';
import { mySignups } from '$lib/server/timebank/signup.service';
import type { PageServerLoad } from './$types';

/** The resident's own view: sign-ups, hours and points with receipts, their check-in code. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const deps = timebank();
	const now = deps.now();
	let money = null;
	if (user.communityId !== null) {
		const hourId = await residentHourAccount(deps, user.id, user.communityId);
		const pointId = await residentPointAccount(deps, user.id);
		const balances = await deps.posting.balances([hourId, pointId]);
		const [hours, points] = await Promise.all([
			deps.posting.history({ accountId: hourId, limit: 10 }),
			deps.posting.history({ accountId: pointId, limit: 10 })
		]);
		const entries = [...hours.items, ...points.items]
			.sort((a, b) => b.seq - a.seq)
			.slice(0, 12)
			.map((e) => ({
				id: e.id,
				asset: e.asset,
				kind: e.kind,
				amount: e.direction === 'in' ? e.amount : -e.amount,
				createdAt: e.createdAt
			}));
		money = {
			minutes: balances.get(hourId)?.available ?? 0,
			points: balances.get(pointId)?.available ?? 0,
			entries
		};
	}
	return {
		signups: await mySignups(deps, user.id),
		money,
		myCode: personalCode(deps.qrSecret, user.id, now),
		codeSeconds: secondsLeft(now),
		proxyLog: await proxyActionsFor(deps.db, user.id, 20)
	};
};
