import { z } from 'zod';
import { OFFER_CATEGORIES } from '$lib/domain/redemption/categories';
import { nearQuery } from '$lib/forms/near';

/**
 * The catalogue's search, from the query string. A bad value never fails the page: it is read as
 * "no filter", because the address may come from an old bookmark or a shared link.
 */
export const catalogueSchema = z.object({
	category: z.enum(OFFER_CATEGORIES).nullable().catch(null).default(null),
	community: z.coerce.number().int().positive().nullable().catch(null).default(null),
	...nearQuery
});
