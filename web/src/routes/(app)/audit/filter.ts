import { z } from 'zod';
import type { AuditFilter } from '$lib/server/audit';

const day = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.optional()
	.catch(undefined);

const schema = z.object({
	action: z
		.string()
		.regex(/^[a-z_]+(\.[a-z_]+)*\.?$/)
		.optional()
		.catch(undefined),
	actor: z.coerce.number().int().positive().optional().catch(undefined),
	from: day,
	to: day,
	before: z.coerce.number().int().positive().optional().catch(undefined)
});

export type AuditQuery = z.output<typeof schema>;

/** Reads the filter from the address; a hand-edited, malformed value is simply ignored. */
export function parseAuditQuery(params: URLSearchParams): {
	query: AuditQuery;
	filter: AuditFilter;
} {
	const query = schema.parse(Object.fromEntries(params));
	// Days are China time (UTC+8), the day people in the community live in.
	const at = (d: string, plusDays = 0) =>
		new Date(Date.parse(`${d}T00:00:00+08:00`) + plusDays * 86_400_000);
	return {
		query,
		filter: {
			action: query.action,
			actorId: query.actor,
			from: query.from ? at(query.from) : undefined,
			to: query.to ? at(query.to, 1) : undefined,
			beforeId: query.before
		}
	};
}
