import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { parseForm } from '$lib/forms/parse';
import { redemption } from '$lib/server/redemption/deps';
import { startSponsorship } from '$lib/server/redemption/sponsor.service';
import type { Actions, PageServerLoad } from './$types';

const schema = z.object({
	communityId: z.coerce.number().int().positive('redemption.sponsor.error.unknown_community'),
	sponsorName: z.string().trim().min(1, 'form.required').max(100, 'form.invalid'),
	email: z.union([z.literal(''), z.email('form.invalid')]),
	// Whole yuan, to keep the form simple; stored and sent to Stripe in cents.
	yuan: z.coerce
		.number('form.invalid')
		.int('form.invalid')
		.min(1, 'form.invalid')
		.max(1_000_000, 'form.invalid')
});

export const load: PageServerLoad = async () => {
	const deps = redemption();
	const communities = await deps.sql<{ id: number; name: string }[]>`
		select id, name from nodes where level = 'community' order by name`;
	return { communities, available: deps.payments.mode === 'stripe' };
};

export const actions: Actions = {
	default: async ({ request, url }) => {
		const parsed = parseForm(schema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { communityId, sponsorName, email, yuan } = parsed.data;
		const result = await startSponsorship(redemption(), {
			communityId,
			sponsorName,
			email: email || null,
			cents: yuan * 100,
			origin: url.origin
		});
		if (!result.ok) {
			return fail(409, { message: `redemption.sponsor.error.${result.error}` as const });
		}
		redirect(303, result.value.url);
	}
};
