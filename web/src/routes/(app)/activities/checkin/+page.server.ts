import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms/parse';
import { requireUser } from '$lib/server/access/guards';
import { checkInWithCode } from '$lib/server/timebank/attendance.service';
import { timebank } from '$lib/server/timebank/deps';
import { actingFrom, codeRefusal } from '$lib/server/timebank/edge';
import { checkInSchema, position } from '../schema';
import type { Actions, PageServerLoad } from './$types';

/** Where the organiser's QR code leads: the code is filled in, one tap checks in or out. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const slotId = Number(url.searchParams.get('slot'));
	return {
		slotId: Number.isSafeInteger(slotId) && slotId > 0 ? slotId : null,
		code: (url.searchParams.get('code') ?? '').replace(/\D/g, '').slice(0, 6)
	};
};

export const actions: Actions = {
	checkIn: async ({ locals, url, request }) => {
		requireUser(locals, url);
		const parsed = parseForm(checkInSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const { slotId, code, latitude, longitude, onBehalfOf } = parsed.data;
		const acting = await actingFrom(locals, url, onBehalfOf);
		const result = await checkInWithCode(
			timebank(),
			acting,
			slotId,
			code,
			position(latitude, longitude)
		);
		if (!result.ok) {
			return fail(409, await codeRefusal(result.error, acting.subject.id, slotId));
		}
		return { success: `tb.checkin.${result.value}` as const };
	}
};
