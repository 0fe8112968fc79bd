import { error } from '@sveltejs/kit';
import { renderSVG } from 'uqr';
import { codeFor, secondsLeft, slotSubject, windowAt } from '$lib/domain/timebank';
import { requireUser } from '$lib/server/access/guards';
import { canManageSlot } from '$lib/server/timebank/attendance.service';
import { timebank } from '$lib/server/timebank/deps';
import type { PageServerLoad } from './$types';

/**
 * The organiser's rotating code, full screen: a QR code that opens the check-in page with the
 * code filled in, and the same six digits in large print for people who type them.
 */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const deps = timebank();
	const slotId = Number(params.slotId) || 0;
	const allowed = await canManageSlot(deps, user, slotId);
	if (!allowed.ok) error(allowed.error === 'not_found' ? 404 : 403, { message: allowed.error });
	const now = deps.now();
	const code = codeFor(deps.qrSecret, slotSubject(slotId), windowAt(now));
	const link = `${url.origin}/activities/checkin?slot=${slotId}&code=${code}`;
	return {
		code,
		qr: renderSVG(link),
		seconds: secondsLeft(now),
		activityId: allowed.value,
		slotId
	};
};
