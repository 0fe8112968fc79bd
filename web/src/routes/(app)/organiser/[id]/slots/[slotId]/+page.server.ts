import { error, fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms/parse';
import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import { checkInPersonalCode, markByHand } from '$lib/server/timebank/attendance.service';
import { attendanceList, confirmSlot, editMinutes } from '$lib/server/timebank/confirm.service';
import { timebank } from '$lib/server/timebank/deps';
import { codeRefusal, errorKey } from '$lib/server/timebank/edge';
import { manualSchema, minutesSchema, scanSchema } from '../../../schema';
import type { Actions, PageServerLoad } from './$types';

/**
 * Who may manage activities at all (take attendance, confirm, edit), checked before any form is
 * read; the service then checks this activity's own community.
 */
function manager(locals: App.Locals, url: URL) {
	requireUser(locals, url);
	return requirePermissionSomewhere(locals, 'activity.confirm').user;
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const list = await attendanceList(timebank(), user, Number(params.slotId) || 0);
	if (!list.ok) error(list.error === 'not_found' ? 404 : 403, { message: list.error });
	return list.value;
};

export const actions: Actions = {
	scan: async ({ locals, url, request, params }) => {
		const user = manager(locals, url);
		const parsed = parseForm(scanSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const result = await checkInPersonalCode(
			timebank(),
			user,
			Number(params.slotId),
			parsed.data.code
		);
		if (!result.ok) {
			return fail(409, await codeRefusal(result.error, user.id, Number(params.slotId)));
		}
		return { success: `tb.checkin.${result.value.step}` as const };
	},
	manual: async ({ locals, url, request, params }) => {
		const user = manager(locals, url);
		const parsed = parseForm(manualSchema, await request.formData());
		if (!parsed.ok) {
			return fail(400, { errors: parsed.errors, userId: Number(parsed.values.userId) });
		}
		const result = await markByHand(timebank(), user, {
			...parsed.data,
			slotId: Number(params.slotId)
		});
		if (!result.ok) {
			return fail(409, { message: errorKey(result.error), userId: parsed.data.userId });
		}
		return { success: `tb.checkin.${result.value}` as const };
	},
	minutes: async ({ locals, url, request, params }) => {
		const user = manager(locals, url);
		const parsed = parseForm(minutesSchema, await request.formData());
		if (!parsed.ok) {
			return fail(400, { errors: parsed.errors, userId: Number(parsed.values.userId) });
		}
		const result = await editMinutes(timebank(), user, {
			...parsed.data,
			slotId: Number(params.slotId)
		});
		if (!result.ok) {
			return fail(409, { message: errorKey(result.error), userId: parsed.data.userId });
		}
		return { success: 'tb.org.saved' as const };
	},
	confirm: async ({ locals, url, params }) => {
		const user = manager(locals, url);
		const result = await confirmSlot(timebank(), user, Number(params.slotId));
		if (!result.ok) return fail(409, { message: errorKey(result.error) });
		return { confirmed: result.value.confirmed, failed: result.value.failed.length };
	}
};
