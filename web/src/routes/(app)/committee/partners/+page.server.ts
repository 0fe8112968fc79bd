import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { parseForm } from '$lib/forms/parse';
import {
	requirePermission,
	requirePermissionSomewhere,
	requireUser
} from '$lib/server/access/guards';
import { database } from '$lib/server/context';
import { redemption } from '$lib/server/redemption/deps';
import { unmaskPartnerContactPhone } from '$lib/server/redemption/partner-contact';
import { decideApplication, listApplications } from '$lib/server/redemption/partners.service';
import type { Actions, PageServerLoad } from './$types';

const decisionSchema = z.object({
	partnerId: z.coerce.number().int().positive(),
	communityId: z.coerce.number().int().positive(),
	reason: z.string().trim().max(200, 'form.invalid').optional()
});

const unmaskSchema = z.object({
	partnerId: z.coerce.number().int().positive(),
	communityId: z.coerce.number().int().positive(),
	reason: z.string().trim().max(200, 'oversight.unmask.error.reason_too_long')
});

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const { scopes } = requirePermissionSomewhere(locals, 'partner.approve');
	return { applications: await listApplications(redemption(), scopes) };
};

async function decide(locals: App.Locals, url: URL, request: Request, approve: boolean) {
	requireUser(locals, url);
	// Who may decide at all, before reading the form; the community itself is checked below.
	requirePermissionSomewhere(locals, 'partner.approve');
	const parsed = parseForm(decisionSchema, await request.formData());
	if (!parsed.ok) return fail(400, { message: 'form.invalid' as const });
	const { partnerId, communityId, reason } = parsed.data;
	if (!approve && !reason) return fail(400, { message: 'form.required' as const, partnerId });
	const user = await requirePermission(locals, 'partner.approve', communityId);
	const result = await decideApplication(redemption(), user.id, {
		partnerId,
		communityId,
		approve,
		reason: approve ? null : (reason ?? null)
	});
	if (!result.ok) {
		return fail(409, { message: `redemption.committee.error.${result.error}` as const });
	}
	return { message: 'redemption.committee.decided' as const, done: true };
}

export const actions: Actions = {
	approve: ({ locals, url, request }) => decide(locals, url, request, true),
	reject: ({ locals, url, request }) => decide(locals, url, request, false),
	/** The contact phone in full, with a logged reason; only in this answer, never in the page data. */
	unmaskPhone: async ({ locals, url, request }) => {
		requireUser(locals, url);
		requirePermissionSomewhere(locals, 'partner.approve');
		const parsed = parseForm(unmaskSchema, await request.formData());
		if (!parsed.ok) return fail(400, { message: 'form.invalid' as const });
		const user = await requirePermission(locals, 'partner.approve', parsed.data.communityId);
		const result = await unmaskPartnerContactPhone(database().db, user, parsed.data);
		if (!result.ok) {
			const status = result.error === 'forbidden' ? 403 : result.error === 'not_found' ? 404 : 400;
			return fail(status, { message: `oversight.unmask.error.${result.error}` as const });
		}
		const { partnerId, communityId } = parsed.data;
		return { unmasked: { partnerId, communityId, phone: result.value.value } };
	}
};
