/** One counted group: a point, a building or a community on one day, week or month. */
export interface Tally {
	correct: number;
	total: number;
}

/** Accuracy in whole percent; null when nothing was dropped off. */
export function accuracyPercent(t: Tally): number | null {
	return t.total > 0 ? Math.round((t.correct / t.total) * 100) : null;
}

export type Period = 'day' | 'week' | 'month';

export function isPeriod(value: unknown): value is Period {
	return value === 'day' || value === 'week' || value === 'month';
}

/**
 * The bucket a local day (YYYY-MM-DD) falls in: itself, the Monday of its week, or the first of
 * its month, so charts line up with how people count.
 */
export function bucketOf(day: string, period: Period): string {
	if (period === 'day') return day;
	if (period === 'month') return `${day.slice(0, 7)}-01`;
	const d = new Date(`${day}T00:00:00Z`);
	const weekday = (d.getUTCDay() + 6) % 7;
	return new Date(d.getTime() - weekday * 86_400_000).toISOString().slice(0, 10);
}

export interface Improvement {
	key: string;
	before: number;
	after: number;
	/** Percentage points gained. */
	gain: number;
}

/**
 * Buildings whose accuracy rose most from the earlier half of a range to the later half. Groups
 * with fewer than `minDropoffs` in either half are left out: two bags say nothing.
 */
export function topImproving(
	halves: ReadonlyMap<string, { before: Tally; after: Tally }>,
	limit: number,
	minDropoffs = 5
): Improvement[] {
	const rows: Improvement[] = [];
	for (const [key, { before, after }] of halves) {
		if (before.total < minDropoffs || after.total < minDropoffs) continue;
		const b = accuracyPercent(before) ?? 0;
		const a = accuracyPercent(after) ?? 0;
		if (a > b) rows.push({ key, before: b, after: a, gain: a - b });
	}
	return rows.sort((x, y) => y.gain - x.gain || x.key.localeCompare(y.key)).slice(0, limit);
}

/**
 * One CSV field. Quotes when needed, and defuses text a spreadsheet would run as a formula
 * (a leading =, +, -, @), since names and notes are typed by people.
 */
export function csvField(value: string | number | null): string {
	if (value === null) return '';
	if (typeof value === 'number') return String(value);
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly (string | number | null)[]): string {
	return values.map(csvField).join(',');
}
