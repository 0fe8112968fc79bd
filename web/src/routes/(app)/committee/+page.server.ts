import { fail } from '@sveltejs/kit';
import { parseForm, type FieldErrors } from '$lib/forms/parse';
import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import { database } from '$lib/server/context';
import {
	approveResident,
	listPendingResidents,
	rejectResident,
	type VerificationError
} from '$lib/server/members/verification.service';
import type { IdNumberError } from '$lib/server/privacy';
import type { Actions, PageServerLoad } from './$types';
import { approveSchema, rejectSchema } from './schema';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const { user } = requirePermissionSomewhere(locals, 'member.verify');
	return { pending: await listPendingResidents(database().db, user) };
};

function isIdNumberError(error: VerificationError): error is `id.${IdNumberError}` {
	return error.startsWith('id.');
}

/** A refused ID number is shown next to its field; any other refusal above the list. */
function refused(userId: number, error: VerificationError, idNumber?: string) {
	if (isIdNumberError(error)) {
		const errors: FieldErrors = { idNumber: `idNumber.error.${error.slice(3) as IdNumberError}` };
		return fail(400, { userId, errors, values: { idNumber } });
	}
	const other = error as Exclude<VerificationError, `id.${string}`>;
	return fail(409, { userId, message: `committee.error.${other}` as const });
}

function committeeUser(locals: App.Locals, url: URL) {
	requireUser(locals, url);
	return requirePermissionSomewhere(locals, 'member.verify').user;
}

export const actions: Actions = {
	approve: async ({ locals, url, request }) => {
		const user = committeeUser(locals, url);
		const parsed = parseForm(approveSchema, await request.formData());
		if (!parsed.ok) {
			const userId = Number(parsed.values.userId);
			return fail(400, { userId, errors: parsed.errors, values: parsed.values });
		}
		const { userId, idNumber } = parsed.data;
		const result = await approveResident(database().db, user, userId, { idNumber });
		if (!result.ok) return refused(userId, result.error, idNumber);
		return { userId, message: 'committee.approved' as const, name: result.value.displayName };
	},
	reject: async ({ locals, url, request }) => {
		const user = committeeUser(locals, url);
		const parsed = parseForm(rejectSchema, await request.formData());
		if (!parsed.ok) {
			const userId = Number(parsed.values.userId);
			return fail(400, { userId, errors: parsed.errors, values: parsed.values });
		}
		const { userId, reason } = parsed.data;
		const result = await rejectResident(database().db, user, userId, reason);
		if (!result.ok) return refused(userId, result.error);
		return { userId, message: 'committee.rejected' as const, name: result.value.displayName };
	}
};
