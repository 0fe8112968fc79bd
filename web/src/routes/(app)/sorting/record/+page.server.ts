import { fail } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { SORTING_CATEGORIES } from '$lib/domain/sorting';
import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import { sorting } from '$lib/server/sorting/deps';
import { pointsForInspector } from '$lib/server/sorting/points.service';
import { recordDropoff } from '$lib/server/sorting/record.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const { user } = requirePermissionSomewhere(locals, 'sorting.record');
	return {
		userId: user.id,
		points: await pointsForInspector(sorting(), user.id),
		// For the form without JavaScript: a fresh id per screen, so a double submit counts once.
		formId: randomUUID()
	};
};

const recordForm = z.object({
	id: z.uuid(),
	pointId: z.coerce.number().int().positive(),
	presented: z.string().trim().min(1).max(64),
	category: z.enum(SORTING_CATEGORIES),
	verdict: z.enum(['correct', 'incorrect']),
	note: z.string().trim().max(200).optional()
});

export const actions: Actions = {
	/** The same recording as the API, for phones where the page's JavaScript did not load. */
	record: async ({ locals, request }) => {
		const { user } = requirePermissionSomewhere(locals, 'sorting.record');
		const parsed = recordForm.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { error: 'sorting.error.invalid_request' as const });
		const d = parsed.data;
		const result = await recordDropoff(sorting(), user, {
			id: d.id,
			pointId: d.pointId,
			presented: d.presented,
			category: d.category,
			correct: d.verdict === 'correct',
			note: d.note || null,
			recordedAt: new Date(),
			photo: null
		});
		if (!result.ok) return fail(409, { error: `sorting.error.${result.error}` as const });
		return { reason: result.value.reason, points: result.value.points, presented: d.presented };
	}
};
