import { err, ok, type Result } from '$core/shared';

/** Communities are in mainland China: one fixed offset, no daylight saving. */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const MINUTE_MS = 60_000;
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The calendar day (YYYY-MM-DD) in China time; daily caps reset at local midnight. */
export function localDay(at: Date): string {
	return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Minutes since local midnight. */
export function localMinuteOfDay(at: Date): number {
	const local = new Date(at.getTime() + OFFSET_MS);
	return local.getUTCHours() * 60 + local.getUTCMinutes();
}

export function parseHhmm(value: string): number | null {
	const m = HHMM.exec(value);
	return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export interface OpeningHours {
	/** 'HH:MM' local time. */
	opens: string;
	closes: string;
}

/**
 * Whether a point is open at `at`. Hours may run past midnight (opens 18:00, closes 02:00);
 * opens equal to closes means open all day. Malformed hours count as closed.
 */
export function isOpenAt(hours: OpeningHours, at: Date): boolean {
	const opens = parseHhmm(hours.opens);
	const closes = parseHhmm(hours.closes);
	if (opens === null || closes === null) return false;
	if (opens === closes) return true;
	const m = localMinuteOfDay(at);
	return opens < closes ? m >= opens && m < closes : m >= opens || m < closes;
}

export type RecordedAtError = 'recorded_in_future' | 'recorded_too_long_ago';

/** A phone's clock may be a little ahead; more than this is refused. */
export const MAX_CLOCK_AHEAD_MS = 2 * MINUTE_MS;
/** Drop-offs queued offline are accepted for this long after they were recorded. */
export const MAX_OFFLINE_AGE_MS = 72 * 60 * MINUTE_MS;

/**
 * A drop-off that reaches the server this long after it was recorded was queued on a phone (or
 * dated back): accepted, since a bin may have no signal, but shown to the committee (a `late`
 * flag), because only the phone's word says when the bag was checked.
 */
export const LATE_AFTER_MS = 15 * MINUTE_MS;

export function isLate(recordedAt: Date, receivedAt: Date): boolean {
	return receivedAt.getTime() - recordedAt.getTime() > LATE_AFTER_MS;
}

/**
 * Checks the time the inspector's phone says a drop-off was recorded. Offline drop-offs arrive
 * late, so the recorded time (not the arrival) decides the day, the hours and the code's window.
 * Errors: 'recorded_in_future', 'recorded_too_long_ago'.
 */
export function checkRecordedAt(recordedAt: Date, now: Date): Result<Date, RecordedAtError> {
	const ahead = recordedAt.getTime() - now.getTime();
	if (ahead > MAX_CLOCK_AHEAD_MS) return err('recorded_in_future');
	if (-ahead > MAX_OFFLINE_AGE_MS) return err('recorded_too_long_ago');
	return ok(ahead > 0 ? now : recordedAt);
}
