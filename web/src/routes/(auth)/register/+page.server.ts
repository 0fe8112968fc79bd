import { redirect } from '@sveltejs/kit';
import { safeRedirectPath } from '$lib/domain/identity/safe-redirect';
import type { MessageKey } from '$lib/i18n';
import { parseForm } from '$lib/forms/parse';
import { listCommunitiesByStreet } from '$lib/server/auth/community.repository';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { failForm, isWeakPassword, weakPasswordMessage } from '$lib/server/auth/form-result';
import { registerUser, type RegisterError } from '$lib/server/auth/register';
import { registerSchema } from '$lib/server/auth/schemas';
import { database } from '$lib/server/context';
import {
	checkInvitationCode,
	redeemInvitation,
	type RedeemError
} from '$lib/server/members/invitations.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirectPath(url.searchParams.get('redirectTo')));
	return { streets: await listCommunitiesByStreet(database().db) };
};

/** Which field each service error belongs to, and what it says there. */
function fieldError(error: RegisterError): [string, MessageKey] {
	if (isWeakPassword(error)) return ['password', weakPasswordMessage(error)];
	if (error === 'login_taken') return ['login', 'auth.error.loginTaken'];
	if (error === 'invalid_login') return ['login', 'auth.error.loginInvalid'];
	if (error === 'invalid_name') return ['displayName', 'auth.error.nameInvalid'];
	return ['communityId', 'auth.error.communityInvalid'];
}

function invitationMessage(error: RedeemError): MessageKey {
	return `auth.error.invitation.${error}`;
}

export const actions: Actions = {
	default: async ({ request, cookies, url, locals }) => {
		const parsed = parseForm(registerSchema, await request.formData());
		if (!parsed.ok) return failForm(400, { errors: parsed.errors, values: parsed.values });
		const { password: _password, ...kept } = parsed.data;
		const values = { ...kept, communityId: String(kept.communityId) };
		const code = parsed.data.invitationCode;
		if (code) {
			const refused = await checkInvitationCode(database().sql, code, parsed.data.communityId);
			if (refused) {
				return failForm(400, { errors: { invitationCode: invitationMessage(refused) }, values });
			}
		}
		const result = await registerUser(
			database().db,
			{ ...parsed.data, locale: locals.locale },
			new Date()
		);
		if (!result.ok) {
			const [field, message] = fieldError(result.error);
			return failForm(400, { errors: { [field]: message }, values });
		}
		setSessionCookie(cookies, url, result.token, result.session.expiresAt);
		// The code was checked above; a race for its last use leaves the account waiting for review.
		if (code) await redeemInvitation(database().sql, code, result.userId);
		redirect(303, safeRedirectPath(url.searchParams.get('redirectTo')));
	}
};
