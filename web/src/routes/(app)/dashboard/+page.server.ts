import { database } from '$lib/server/context';
import { loadDashboard } from '$lib/server/stats';
import { resolveArea } from './area';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { node, choices, days } = await resolveArea(locals, url.searchParams);
	const dashboard = await loadDashboard(database().sql, { path: node.path, days, now: new Date() });
	return {
		node,
		days,
		choices: choices.map((c) => ({
			id: c.id,
			label: `${'　'.repeat(c.path.split('/').length - 3)}${c.name}`
		})),
		dashboard,
		csvHref: `/dashboard/export.csv?node=${node.id}&days=${days}`
	};
};
