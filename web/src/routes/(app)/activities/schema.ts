import { z } from 'zod';
import { nearQuery } from '$lib/forms/near';

const id = z.coerce.number().int().positive('form.invalid');
const optionalId = z
	.string()
	.optional()
	.transform((v) => (v ? Number(v) : null))
	.pipe(z.number().int().positive().nullable());

export const slotSchema = z.object({ slotId: id, onBehalfOf: optionalId });

export const checkInSchema = z.object({
	slotId: id,
	code: z.string().trim().min(1, 'tb.error.code_malformed').max(20, 'tb.error.code_malformed'),
	latitude: z.string().optional(),
	longitude: z.string().optional(),
	onBehalfOf: optionalId
});

/** A position only when both numbers came (the page adds them when the phone allows). */
export function position(lat?: string, lon?: string) {
	const latitude = Number(lat);
	const longitude = Number(lon);
	return lat && lon && Number.isFinite(latitude) && Number.isFinite(longitude)
		? { latitude, longitude }
		: null;
}

/**
 * The activity list's search, from the query string. A bad value never fails the page: it is
 * read as "no filter", because the address may come from an old bookmark.
 */
export const browseSchema = z.object({
	from: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/)
		.optional()
		.catch(undefined),
	category: z
		.string()
		.trim()
		.max(40)
		.optional()
		.transform((v) => v || undefined)
		.catch(undefined),
	skills: z
		.string()
		.optional()
		.transform((v) => v === 'mine')
		.catch(false),
	community: z.coerce.number().int().positive().optional().catch(undefined),
	...nearQuery
});
