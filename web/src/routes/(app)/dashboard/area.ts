import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { can, type AccessSubject } from '$lib/domain/access';
import { requirePermissionSomewhere } from '$lib/server/access/guards';
import { database } from '$lib/server/context';
import { listReportAreas, type AreaNode } from '$lib/server/stats';

const query = z.object({
	node: z.coerce.number().int().positive().optional().catch(undefined),
	days: z.coerce.number().int().min(7).max(366).catch(30).default(30)
});

/**
 * The node a dashboard is for, checked against `report.read`, plus the nodes the viewer may
 * choose from (their areas and every street and community below them, down to communities).
 */
export async function resolveArea(
	locals: { user: App.Locals['user'] },
	params: URLSearchParams
): Promise<{ user: AccessSubject; node: AreaNode; choices: AreaNode[]; days: number }> {
	const { user, scopes } = requirePermissionSomewhere(locals, 'report.read');
	const q = query.parse(Object.fromEntries(params));
	const choices = await listReportAreas(database().sql, scopes);
	const node = q.node === undefined ? choices[0] : choices.find((c) => c.id === q.node);
	if (!node || !can(user, 'report.read', node.path)) {
		error(q.node === undefined ? 403 : 404, { message: 'Not found', code: 'not_found' });
	}
	return { user, node, choices, days: q.days };
}
