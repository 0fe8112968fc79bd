/**
 * Sorting accuracy as a whole percentage (correct drop-offs over all of them), or null when there
 * were none, so an area with no sorting shows a dash rather than 0%.
 */
export function sortingAccuracy(figures: {
	dropoffs: number;
	dropoffsCorrect: number;
}): number | null {
	if (figures.dropoffs <= 0) return null;
	return Math.round((figures.dropoffsCorrect * 100) / figures.dropoffs);
}
