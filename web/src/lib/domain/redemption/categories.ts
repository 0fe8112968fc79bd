/** Offer and partner categories; the labels are messages `redemption.category.<key>`. */
export const OFFER_CATEGORIES = [
	'food',
	'groceries',
	'haircut',
	'health',
	'repair',
	'housekeeping',
	'other'
] as const;
export type OfferCategory = (typeof OFFER_CATEGORIES)[number];

export function isOfferCategory(value: unknown): value is OfferCategory {
	return typeof value === 'string' && (OFFER_CATEGORIES as readonly string[]).includes(value);
}
