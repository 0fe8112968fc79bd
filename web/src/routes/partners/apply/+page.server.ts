import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { OFFER_CATEGORIES } from '$lib/domain/redemption/categories';
import { parseForm } from '$lib/forms/parse';
import { requireUser } from '$lib/server/access/guards';
import { redemption } from '$lib/server/redemption/deps';
import { applyAsPartner } from '$lib/server/redemption/partners.service';
import type { Actions, PageServerLoad } from './$types';

const schema = z.object({
	name: z.string().trim().min(1, 'form.required').max(100, 'form.invalid'),
	licenceNo: z
		.string()
		.trim()
		.regex(/^[0-9A-Z]{15,18}$/, 'form.invalid'),
	contactName: z.string().trim().min(1, 'form.required').max(50, 'form.invalid'),
	contactPhone: z
		.string()
		.trim()
		.regex(/^1[3-9]\d{9}$/, 'form.invalid'),
	address: z.string().trim().min(1, 'form.required').max(200, 'form.invalid')
});

/** Applying needs an account: the applicant becomes the partner's first manager. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const communities = await redemption().sql<{ id: number; name: string; street: string }[]>`
		select c.id, c.name, s.name as street from nodes c join nodes s on s.id = c.parent_id
		where c.level = 'community' order by s.name, c.name`;
	return { communities, categories: OFFER_CATEGORIES };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const form = await request.formData();
		const parsed = parseForm(schema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const values = { ...parsed.data };
		const communityIds = form.getAll('communityIds').map(Number).filter(Number.isSafeInteger);
		if (communityIds.length === 0) {
			return fail(400, {
				message: 'redemption.apply.error.unknown_community' as const,
				values
			});
		}
		const categories = form
			.getAll('categories')
			.filter((c): c is string => (OFFER_CATEGORIES as readonly unknown[]).includes(c));
		const result = await applyAsPartner(redemption(), user.id, {
			...parsed.data,
			categories,
			communityIds
		});
		if (!result.ok) {
			return fail(409, { message: `redemption.apply.error.${result.error}` as const, values });
		}
		return { message: 'redemption.apply.done' as const, done: true };
	}
};
