/**
 * Timestamps may arrive as Date or, through some prepared paths of the driver, as text (see the
 * ledger repository); every row read here goes through these so callers always get Dates.
 */
export const toDate = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));
export const toMaybeDate = (v: unknown): Date | null =>
	v === null || v === undefined ? null : toDate(v);

/** Returns the rows with the named fields turned into Dates (or null). */
export function withDates<T>(rows: readonly T[], fields: readonly (keyof T)[]): T[] {
	return rows.map((row) => {
		const copy = { ...row };
		for (const f of fields) (copy as Record<keyof T, unknown>)[f] = toMaybeDate(row[f]);
		return copy;
	});
}
