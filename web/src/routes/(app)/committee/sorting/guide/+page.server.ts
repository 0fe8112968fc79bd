import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { SORTING_CATEGORIES } from '$lib/domain/sorting';
import { committeeCommunity } from '$lib/server/sorting/committee';
import { sorting } from '$lib/server/sorting/deps';
import { addGuideItem, guideItems, removeGuideItem } from '$lib/server/sorting/guide.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { community } = await committeeCommunity(locals, url);
	return { items: await guideItems(sorting(), community.id) };
};

const itemForm = z.object({
	name: z.string().trim().min(1).max(40),
	category: z.enum(SORTING_CATEGORIES),
	hint: z.string().trim().max(120).default('')
});

export const actions: Actions = {
	add: async ({ locals, url, request }) => {
		const { user, community } = await committeeCommunity(locals, url);
		const parsed = itemForm.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { message: 'sorting.committee.error.invalid' as const });
		await addGuideItem(sorting(), user, community.id, parsed.data);
		return { message: 'sorting.committee.saved' as const };
	},
	remove: async ({ locals, url, request }) => {
		const { user, community } = await committeeCommunity(locals, url);
		const id = Number((await request.formData()).get('itemId'));
		await removeGuideItem(sorting(), user, community.id, id);
		return { message: 'sorting.committee.saved' as const };
	}
};
