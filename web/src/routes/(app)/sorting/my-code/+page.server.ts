import { renderSVG } from 'uqr';
import { personalCode, secondsLeft } from '$lib/domain/timebank/qr-token';
import { requireUser } from '$lib/server/access/guards';
import { sorting } from '$lib/server/sorting/deps';
import type { PageServerLoad } from './$types';

/** 我的二维码: the resident's rotating personal code, the same one the time bank scans. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const deps = sorting();
	const now = deps.now();
	const code = personalCode(deps.qrSecret, user.id, now);
	return {
		code,
		seconds: secondsLeft(now),
		qr: `data:image/svg+xml;base64,${Buffer.from(renderSVG(code, { border: 2 })).toString('base64')}`
	};
};
