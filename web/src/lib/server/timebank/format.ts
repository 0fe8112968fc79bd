/** Minutes as hours for people: 90 → "1.5", 60 → "1", 20 → "0.33". */
export function formatHours(minutes: number): string {
	return String(Math.round((minutes / 60) * 100) / 100);
}

/**
 * Communities are in China: times typed into `datetime-local` fields are Beijing time. A fixed
 * offset is right there (no daylight saving) and keeps server and browser in agreement.
 */
export const COMMUNITY_UTC_OFFSET = '+08:00';

export function parseLocalDateTime(value: string): Date | null {
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
	const date = new Date(`${value}:00${COMMUNITY_UTC_OFFSET}`);
	return Number.isNaN(date.getTime()) ? null : date;
}

/** The `datetime-local` value for a moment, in Beijing time. */
export function toLocalDateTime(date: Date): string {
	return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}
