import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { safeRedirectPath } from '$lib/domain/identity/safe-redirect';
import { maskPhone } from '$lib/domain/access';
import { parseForm } from '$lib/forms/parse';
import { database } from '$lib/server/context';
import {
	beginEnrolment,
	passSecondFactor,
	pendingEnrolment,
	qrSvg,
	twoFactorState
} from '$lib/server/totp';
import type { Actions, PageServerLoad } from './$types';

const schema = z.object({
	code: z.string().trim().min(1, 'oversight.2fa.wrongCode').max(20, 'oversight.2fa.wrongCode'),
	recovery: z.enum(['0', '1']).default('0')
});

export const load: PageServerLoad = async ({ locals, url, request }) => {
	const { user, session } = locals;
	if (!user || !session) redirect(303, `/login${url.search}`);
	const next = safeRedirectPath(url.searchParams.get('redirectTo'));
	// After the enrolling POST (without JavaScript) the page must still show the recovery codes.
	if (session.twoFactorAt && request.method !== 'POST') redirect(303, next);
	if (session.twoFactorAt) return { mode: 'verify' as const, recovery: false, recoveryHref: '' };
	const db = database().db;
	if ((await twoFactorState(db, user.id)).enabled) {
		const alt = new URLSearchParams(url.searchParams);
		alt.set('recovery', '1');
		const recovery = url.searchParams.get('recovery') === '1';
		return { mode: 'verify' as const, recovery, recoveryHref: `?${alt}` };
	}
	const input = { userId: user.id, accountName: user.email ?? maskPhone(user.phone) };
	const pending = (await pendingEnrolment(db, input)) ?? (await beginEnrolment(db, input));
	if (!('secret' in pending)) redirect(303, url.pathname + url.search);
	const qr = await qrSvg(pending.uri);
	return { mode: 'setup' as const, recovery: false, secret: pending.secret, qr };
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		const { user, session } = locals;
		if (!user || !session) redirect(303, '/login');
		const parsed = parseForm(schema, await request.formData());
		if (!parsed.ok) return fail(400, { message: 'oversight.2fa.wrongCode' as const });
		const result = await passSecondFactor(database().db, {
			userId: user.id,
			sessionId: session.id,
			code: parsed.data.code,
			recovery: parsed.data.recovery === '1',
			now: new Date()
		});
		if (!result.ok) return fail(400, { message: 'oversight.2fa.wrongCode' as const });
		const next = safeRedirectPath(url.searchParams.get('redirectTo'));
		// Recovery codes are shown once, right after enrolment; otherwise carry on.
		if (result.value.recoveryCodes) return { recoveryCodes: result.value.recoveryCodes, next };
		redirect(303, next);
	}
};
