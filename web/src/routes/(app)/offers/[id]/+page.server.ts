import { error, fail, redirect } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { parseForm } from '$lib/forms/parse';
import { requireUser } from '$lib/server/access/guards';
import { redemption } from '$lib/server/redemption/deps';
import { availablePoints, offerById } from '$lib/server/redemption/offers.service';
import { redeemOffer } from '$lib/server/redemption/redeem.service';
import type { Actions, PageServerLoad } from './$types';

const redeemSchema = z.object({ requestKey: z.uuid('form.invalid') });

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const offer = await offerById(redemption(), Number(params.id) || 0);
	if (!offer || offer.status !== 'live') error(404, { message: 'Not found', code: 'not_found' });
	// Redeeming elsewhere is refused (redeem.service.ts); the page says so instead of offering it.
	const redeemable = user.communityId !== null && offer.communityIds.includes(user.communityId);
	// One key per page view: a double submit of this form redeems once.
	return {
		offer,
		redeemable,
		points: await availablePoints(redemption(), user.id),
		requestKey: randomUUID()
	};
};

export const actions: Actions = {
	redeem: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(redeemSchema, await request.formData());
		if (!parsed.ok) return fail(400, { message: 'form.invalid' as const });
		const result = await redeemOffer(redemption(), user, {
			offerId: Number(params.id) || 0,
			requestKey: parsed.data.requestKey
		});
		if (!result.ok) return fail(409, { message: `redemption.error.${result.error}` as const });
		redirect(303, `/vouchers/${result.value.id}`);
	}
};
