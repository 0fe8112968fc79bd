import { err, ok, type Result } from '$core/shared';

export const AUTO_ACCEPT_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
/** One exchange records at most a day of help: a typo of 600 for 60 should not pass silently. */
export const MAX_EXCHANGE_MINUTES = 24 * 60;

export type AidStatus =
	'open' | 'accepted' | 'recorded' | 'confirmed' | 'disputed' | 'resolved' | 'cancelled';

export interface AidFacts {
	kind: 'request' | 'offer';
	authorId: number;
	partnerId: number | null;
	status: AidStatus;
	recordedBy: number | null;
}

/** Who receives help and who gives it: a request's author receives, an offer's author gives. */
export function sides(p: AidFacts): { recipientId: number | null; providerId: number | null } {
	return p.kind === 'request'
		? { recipientId: p.authorId, providerId: p.partnerId }
		: { recipientId: p.partnerId, providerId: p.authorId };
}

export type AidError =
	| 'not_open'
	| 'own_post'
	| 'not_a_responder'
	| 'not_a_party'
	| 'not_accepted'
	| 'not_recorded'
	| 'recorded_by_you'
	| 'already_confirmed'
	| 'minutes_invalid';

const party = (p: AidFacts, userId: number) => userId === p.authorId || userId === p.partnerId;

export function checkRespond(p: AidFacts, userId: number): Result<true, AidError> {
	if (p.status !== 'open') return err('not_open');
	if (p.authorId === userId) return err('own_post');
	return ok(true);
}

/** The author picks one helper among those who responded. */
export function checkAccept(
	p: AidFacts,
	actorId: number,
	helperId: number,
	responded: boolean
): Result<true, AidError> {
	if (p.status !== 'open') return err('not_open');
	if (actorId !== p.authorId) return err('not_a_party');
	if (helperId === p.authorId) return err('own_post');
	if (!responded) return err('not_a_responder');
	return ok(true);
}

export function checkRecord(p: AidFacts, userId: number, minutes: number): Result<true, AidError> {
	if (!party(p, userId)) return err('not_a_party');
	if (p.status === 'confirmed' || p.status === 'resolved') return err('already_confirmed');
	if (p.status !== 'accepted') return err('not_accepted');
	if (!Number.isSafeInteger(minutes) || minutes <= 0 || minutes > MAX_EXCHANGE_MINUTES) {
		return err('minutes_invalid');
	}
	return ok(true);
}

/** The other side confirms (or disputes) what was recorded; the recorder cannot. */
export function checkAnswer(p: AidFacts, userId: number): Result<true, AidError> {
	if (!party(p, userId)) return err('not_a_party');
	if (p.status === 'confirmed' || p.status === 'resolved') return err('already_confirmed');
	if (p.status !== 'recorded') return err('not_recorded');
	if (p.recordedBy === userId) return err('recorded_by_you');
	return ok(true);
}

/** When recorded hours are accepted without an answer. */
export function autoAcceptAt(recordedAt: Date, days: number = AUTO_ACCEPT_DAYS): Date {
	return new Date(recordedAt.getTime() + days * DAY_MS);
}

/** Due once seven full days have passed since recording, unless answered or disputed. */
export function isDueForAutoAccept(
	p: { status: AidStatus; recordedAt: Date | null },
	now: Date
): boolean {
	if (p.status !== 'recorded' || !p.recordedAt) return false;
	return now.getTime() >= autoAcceptAt(p.recordedAt).getTime();
}

/** A person is flagged to the committee after this many low ratings (1–2 stars). */
export const LOW_RATING_FLAG_COUNT = 2;

export function isFlagged(stars: readonly number[]): boolean {
	return stars.filter((s) => s <= 2).length >= LOW_RATING_FLAG_COUNT;
}
