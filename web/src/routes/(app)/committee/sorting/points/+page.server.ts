import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { committeeCommunity } from '$lib/server/sorting/committee';
import { sorting } from '$lib/server/sorting/deps';
import {
	assignInspector,
	createPoint,
	inspectorsFor,
	pointsOfCommunity,
	updatePoint
} from '$lib/server/sorting/points.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { community } = await committeeCommunity(locals, url);
	const deps = sorting();
	return {
		points: await pointsOfCommunity(deps, community.id),
		inspectors: await inspectorsFor(deps, community.id)
	};
};

const pointForm = z.object({
	name: z.string().trim().min(1).max(60),
	location: z.string().trim().max(120).default(''),
	opens: z.string().trim(),
	closes: z.string().trim()
});

function parsePoint(form: FormData) {
	const parsed = pointForm.safeParse(Object.fromEntries(form));
	if (!parsed.success) return null;
	return { ...parsed.data, categories: form.getAll('categories').map(String) };
}

const bad = (message: string) =>
	fail(400, { message: `sorting.committee.error.${message}` as 'sorting.committee.error.invalid' });

export const actions: Actions = {
	create: async ({ locals, url, request }) => {
		const { user, community } = await committeeCommunity(locals, url);
		const input = parsePoint(await request.formData());
		if (!input) return bad('invalid');
		const result = await createPoint(sorting(), user, community.id, input);
		return result.ok ? { message: 'sorting.committee.saved' as const } : bad(result.error);
	},
	update: async ({ locals, url, request }) => {
		const { user } = await committeeCommunity(locals, url);
		const form = await request.formData();
		const input = parsePoint(form);
		if (!input) return bad('invalid');
		const id = Number(form.get('pointId'));
		const active = form.get('active') === 'on';
		const result = await updatePoint(sorting(), user, id, { ...input, active });
		return result.ok ? { message: 'sorting.committee.saved' as const } : bad(result.error);
	},
	assign: async ({ locals, url, request }) => {
		const { user } = await committeeCommunity(locals, url);
		const form = await request.formData();
		const pointId = Number(form.get('pointId'));
		const inspectorId = Number(form.get('inspectorId'));
		const result = await assignInspector(
			sorting(),
			user,
			pointId,
			inspectorId,
			form.get('remove') === null
		);
		return result.ok ? { message: 'sorting.committee.saved' as const } : bad(result.error);
	}
};
