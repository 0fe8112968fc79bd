import { error, fail } from '@sveltejs/kit';
import { matchingSkills } from '$lib/domain/timebank';
import { parseForm } from '$lib/forms/parse';
import { requireUser } from '$lib/server/access/guards';
import { visibleActivity } from '$lib/server/timebank/activities.service';
import { checkInWithCode } from '$lib/server/timebank/attendance.service';
import { timebank } from '$lib/server/timebank/deps';
import { actingFrom, codeRefusal, errorKey, forParam } from '$lib/server/timebank/edge';
import { skillsOf } from '$lib/server/timebank/skills.service';
import { cancelSignup, signUp, signupStatus } from '$lib/server/timebank/signup.service';
import { checkInSchema, position, slotSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const acting = await actingFrom(locals, url, forParam(url));
	const deps = timebank();
	const activity = await visibleActivity(deps, acting.actor, Number(params.id) || 0);
	if (!activity) error(404, { message: 'Not found', code: 'not_found' });
	const mine = await Promise.all(
		activity.slots.map(
			async (s) => [s.slot.id, await signupStatus(deps, s.slot.id, acting.subject.id)] as const
		)
	);
	const mySkills = await skillsOf(deps.db, acting.subject.id);
	return {
		activity,
		matches: matchingSkills(activity.skills, mySkills),
		mine: Object.fromEntries(mine),
		onBehalfOf: acting.onBehalfOfId,
		subjectName: acting.subject.displayName
	};
};

export const actions: Actions = {
	signUp: async ({ locals, url, request }) => {
		requireUser(locals, url);
		const parsed = parseForm(slotSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const acting = await actingFrom(locals, url, parsed.data.onBehalfOf);
		const result = await signUp(timebank(), acting, parsed.data.slotId);
		if (!result.ok) {
			return fail(409, { slotId: parsed.data.slotId, message: errorKey(result.error) });
		}
		return { slotId: parsed.data.slotId, success: `tb.signup.${result.value}` as const };
	},
	cancel: async ({ locals, url, request }) => {
		requireUser(locals, url);
		const parsed = parseForm(slotSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const acting = await actingFrom(locals, url, parsed.data.onBehalfOf);
		const result = await cancelSignup(timebank(), acting, parsed.data.slotId);
		if (!result.ok) {
			return fail(409, { slotId: parsed.data.slotId, message: errorKey(result.error) });
		}
		return { slotId: parsed.data.slotId, success: 'tb.signup.cancelled' as const };
	},
	checkIn: async ({ locals, url, request }) => {
		requireUser(locals, url);
		const parsed = parseForm(checkInSchema, await request.formData());
		if (!parsed.ok) {
			return fail(400, { errors: parsed.errors, slotId: Number(parsed.values.slotId) });
		}
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
			return fail(409, { slotId, ...(await codeRefusal(result.error, acting.subject.id, slotId)) });
		}
		return { slotId, success: `tb.checkin.${result.value}` as const };
	}
};
