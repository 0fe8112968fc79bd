import { err, ok, type Result } from '$core/shared';

/**
 * Residents think in calendar days in China, which has one time zone and no daylight saving, so
 * a day is always [00:00, 24:00) at +08:00 wherever the server runs.
 */
export const TIME_ZONE = 'Asia/Shanghai';
const OFFSET = '+08:00';
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The first moment of a `YYYY-MM-DD` day in China, or null for anything that is not a real day. */
export function dayStart(day: string): Date | null {
	const m = ISO_DAY.exec(day);
	if (!m) return null;
	const date = new Date(`${day}T00:00:00${OFFSET}`);
	if (Number.isNaN(date.getTime())) return null;
	// Date accepts 2026-02-30 and rolls it over; a day that rolls over was not a real day.
	const back = new Date(date.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
	return back === day ? date : null;
}

/**
 * The instants a day filter covers: `from` at the start of its day, `to` at the end of its day
 * (exclusive bound, so the whole last day is included).
 *
 * Errors: 'invalid_date' (not a real YYYY-MM-DD day), 'invalid_range' (the last day is before
 * the first).
 */
export function dayRange(
	fromDay: string | undefined,
	toDay: string | undefined
): Result<{ from?: Date; to?: Date }, 'invalid_date' | 'invalid_range'> {
	const from = fromDay ? dayStart(fromDay) : undefined;
	const toStart = toDay ? dayStart(toDay) : undefined;
	if (from === null || toStart === null) return err('invalid_date');
	const to = toStart ? new Date(toStart.getTime() + DAY_MS) : undefined;
	if (from && to && to.getTime() <= from.getTime()) return err('invalid_range');
	return ok({ ...(from && { from }), ...(to && { to }) });
}

/** When an entry happened, e.g. "2026年6月3日 14:05", always in China time. */
export function formatEntryTime(at: Date, locale: string): string {
	return new Intl.DateTimeFormat(locale, {
		timeZone: TIME_ZONE,
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).format(at);
}
