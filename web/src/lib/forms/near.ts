import { z } from 'zod';
import { coarsen, DISTANCE_RADII_KM, type Point } from '$lib/domain/geo/distance';

const optionalCoordinate = (limit: number) =>
	z
		.string()
		.optional()
		.transform((v) => (v && v.trim() !== '' ? Number(v) : null))
		.pipe(z.number().min(-limit).max(limit).nullable())
		.catch(null);

/**
 * The "how far, from where" part of a search's query string (components/geo/near-fields.svelte),
 * spread into a page's schema. Like the rest of a query string a bad value is read as "no
 * filter", never an error, because the address may come from an old bookmark.
 */
export const nearQuery = {
	radius: z
		.string()
		.optional()
		.transform((v) => Number(v))
		.pipe(z.union(DISTANCE_RADII_KM.map((km) => z.literal(km))))
		.nullable()
		.catch(null),
	near: z.enum(['here', 'community']).catch('here'),
	lat: optionalCoordinate(90),
	lon: optionalCoordinate(180)
};

/**
 * The phone's position when the resident asked to measure from it and the page sent one, rounded
 * to about 100 m whatever the client sent: the exact spot is never used or kept.
 */
export function herePoint(q: {
	near: 'here' | 'community';
	lat: number | null;
	lon: number | null;
}): Point | null {
	return q.near === 'here' && q.lat !== null && q.lon !== null
		? coarsen({ latitude: q.lat, longitude: q.lon })
		: null;
}
