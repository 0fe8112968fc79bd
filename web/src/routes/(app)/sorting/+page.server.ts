import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { can } from '$lib/domain/access';
import { scopesFor } from '$lib/domain/access';
import { requireUser } from '$lib/server/access/guards';
import { sorting } from '$lib/server/sorting/deps';
import { householdView } from '$lib/server/sorting/history.service';
import { requestToJoin } from '$lib/server/sorting/join-requests.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	return {
		view: await householdView(sorting(), user.id),
		isInspector: scopesFor(user, 'sorting.record').length > 0,
		canManage: user.roles.some((r) => can(user, 'sorting.manage', r.nodePath))
	};
};

const joinForm = z.object({ card: z.string().trim().min(1).max(30) });

export const actions: Actions = {
	join: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = joinForm.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { error: 'sorting.join.invalid_card' as const });
		const result = await requestToJoin(sorting(), user, parsed.data.card);
		if (!result.ok) return fail(409, { error: `sorting.join.${result.error}` as const });
		return { sent: true };
	}
};
