/** The four bins of Guangzhou and Shanghai: food waste 厨余, recyclable 可回收, hazardous 有害, residual 其他. */
export const SORTING_CATEGORIES = ['food', 'recyclable', 'hazardous', 'residual'] as const;
export type SortingCategory = (typeof SORTING_CATEGORIES)[number];

export function isCategory(value: unknown): value is SortingCategory {
	return typeof value === 'string' && (SORTING_CATEGORIES as readonly string[]).includes(value);
}

/** Points a correct drop-off earns, per category; set by the community. */
export type PointsByCategory = Record<SortingCategory, number>;

/**
 * A collection point takes only the bins it has. A point that lists none is misconfigured and
 * accepts nothing, rather than everything, so a typo never opens a bin that is not there.
 */
export function acceptsCategory(accepted: readonly string[], category: SortingCategory): boolean {
	return accepted.includes(category);
}

/** Keeps only known categories, in the canonical order, without repeats. */
export function normaliseCategories(values: readonly string[]): SortingCategory[] {
	return SORTING_CATEGORIES.filter((c) => values.includes(c));
}
