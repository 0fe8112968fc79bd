import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { committeeCommunity } from '$lib/server/sorting/committee';
import { sorting } from '$lib/server/sorting/deps';
import {
	HOUSEHOLD_PAGE,
	householdsOfCommunity,
	pendingJoinRequests
} from '$lib/server/sorting/household-list';
import {
	addMember,
	createHousehold,
	gridsOfCommunity,
	setHouseholdGrid
} from '$lib/server/sorting/households.service';
import { decideJoin } from '$lib/server/sorting/join-requests.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { community } = await committeeCommunity(locals, url);
	const deps = sorting();
	const q = (url.searchParams.get('q') ?? '').slice(0, 40);
	return {
		q,
		limit: HOUSEHOLD_PAGE,
		requests: await pendingJoinRequests(deps, community.id),
		households: await householdsOfCommunity(deps, community.id, { q }),
		grids: await gridsOfCommunity(deps, community.id)
	};
};

/** The grid picker sends '' for "no grid". */
const gridId = z.union([z.literal('').transform(() => null), z.coerce.number().int().positive()]);

const householdForm = z.object({
	building: z.string().trim().min(1).max(40),
	unit: z.string().trim().min(1).max(40),
	cardNumber: z.string().trim().min(1).max(30),
	gridId: gridId.optional()
});

const gridForm = z.object({ householdId: z.coerce.number().int().positive(), gridId });

const bad = (code: string) =>
	fail(400, { message: `sorting.join.${code}` as 'sorting.join.invalid_card' });
const saved = { message: 'sorting.committee.saved' as const };

export const actions: Actions = {
	create: async ({ locals, url, request }) => {
		const { user, community } = await committeeCommunity(locals, url);
		const parsed = householdForm.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return bad('invalid_card');
		const result = await createHousehold(sorting(), user, community.id, {
			...parsed.data,
			gridId: parsed.data.gridId ?? null
		});
		return result.ok ? saved : bad(result.error);
	},
	grid: async ({ locals, url, request }) => {
		const { user } = await committeeCommunity(locals, url);
		const parsed = gridForm.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return bad('invalid_grid');
		const result = await setHouseholdGrid(
			sorting(),
			user,
			parsed.data.householdId,
			parsed.data.gridId
		);
		return result.ok ? saved : bad(result.error);
	},
	member: async ({ locals, url, request }) => {
		const { user } = await committeeCommunity(locals, url);
		const form = await request.formData();
		const result = await addMember(
			sorting(),
			user,
			Number(form.get('householdId')),
			String(form.get('phone') ?? '')
		);
		return result.ok ? saved : bad(result.error);
	},
	decide: async ({ locals, url, request }) => {
		const { user } = await committeeCommunity(locals, url);
		const form = await request.formData();
		const result = await decideJoin(
			sorting(),
			user,
			Number(form.get('requestId')),
			form.get('approve') === '1'
		);
		return result.ok ? saved : bad(result.error);
	}
};
