import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { SORTING_CATEGORIES } from '$lib/domain/sorting';
import { parseForm } from '$lib/forms/parse';
import { committeeCommunity } from '$lib/server/sorting/committee';
import { sorting } from '$lib/server/sorting/deps';
import {
	addGuideItem,
	editGuideItem,
	guideItems,
	removeGuideItem,
	setPlatformItemHidden,
	type GuideError
} from '$lib/server/sorting/guide.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { community } = await committeeCommunity(locals, url);
	const q = (url.searchParams.get('q') ?? '').slice(0, 40);
	return { q, items: await guideItems(sorting(), community.id, q, { withHidden: true }) };
};

const itemForm = z.object({
	name: z.string().trim().min(1, 'form.required').max(40, 'form.invalid'),
	category: z.enum(SORTING_CATEGORIES, 'form.invalid'),
	hint: z.string().trim().max(120, 'form.invalid').default('')
});
const itemId = z.object({ itemId: z.coerce.number().int().positive() });

const refusal = (error: GuideError) =>
	fail(409, { message: `sorting.guide.error.${error}` as const });

export const actions: Actions = {
	add: async ({ locals, url, request }) => {
		const { user, community } = await committeeCommunity(locals, url);
		const parsed = parseForm(itemForm, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const added = await addGuideItem(sorting(), user, community.id, parsed.data);
		if (!added.ok) return refusal(added.error);
		return { message: 'sorting.committee.saved' as const };
	},
	edit: async ({ locals, url, request }) => {
		const { user, community } = await committeeCommunity(locals, url);
		const parsed = parseForm(itemForm.extend(itemId.shape), await request.formData());
		if (!parsed.ok) return fail(400, { message: 'sorting.committee.error.invalid' as const });
		const { itemId: id, ...item } = parsed.data;
		const edited = await editGuideItem(sorting(), user, community.id, id, item);
		if (!edited.ok) return refusal(edited.error);
		return { message: 'sorting.committee.saved' as const };
	},
	remove: async ({ locals, url, request }) => {
		const { user, community } = await committeeCommunity(locals, url);
		const parsed = parseForm(itemId, await request.formData());
		if (!parsed.ok) return fail(400, { message: 'sorting.committee.error.invalid' as const });
		const removed = await removeGuideItem(sorting(), user, community.id, parsed.data.itemId);
		if (!removed.ok) return refusal(removed.error);
		return { message: 'sorting.committee.saved' as const };
	},
	hide: ({ locals, url, request }) => setHidden(locals, url, request, true),
	show: ({ locals, url, request }) => setHidden(locals, url, request, false)
};

async function setHidden(locals: App.Locals, url: URL, request: Request, hidden: boolean) {
	const { user, community } = await committeeCommunity(locals, url);
	const parsed = parseForm(itemId, await request.formData());
	if (!parsed.ok) return fail(400, { message: 'sorting.committee.error.invalid' as const });
	const done = await setPlatformItemHidden(
		sorting(),
		user,
		community.id,
		parsed.data.itemId,
		hidden
	);
	if (!done.ok) return refusal(done.error);
	return { message: 'sorting.committee.saved' as const };
}
