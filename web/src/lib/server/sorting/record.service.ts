import { err, type Result } from '$core/shared';
import type { AccessSubject } from '$lib/domain/access';
import { checkRecordedAt, isCategory, localDay, parsePresented } from '$lib/domain/sorting';
import { userSubject, verifyCode } from '$lib/domain/timebank/qr-token';
import { isUuid } from '../ledger/ids';
import type { SortingDeps } from './deps';
import type { Checked, DropoffInput, RecordedDropoff, RecordError } from './types';

const MAX_NOTE = 200;
const MAX_PHOTO_CHARS = 280_000;
const PHOTO_MIME = /^image\/(jpeg|png|webp)$/;

/**
 * The checks that need no database: the id, category and note, the phone's time, and the
 * personal code's signature at the moment the inspector tapped (not when an offline queue
 * arrived). Errors: 'invalid_request', 'unknown_code', the code's and the time's errors.
 */
export function checkInput(
	deps: Pick<SortingDeps, 'qrSecret' | 'now'>,
	inspector: AccessSubject,
	input: DropoffInput
): Result<Checked, RecordError> {
	if (!isUuid(input.id) || !isCategory(input.category) || !Number.isSafeInteger(input.pointId)) {
		return err('invalid_request');
	}
	if (input.note !== null && input.note.length > MAX_NOTE) return err('invalid_request');
	if (
		input.photo &&
		(!PHOTO_MIME.test(input.photo.mime) || input.photo.data.length > MAX_PHOTO_CHARS)
	) {
		return err('invalid_request');
	}
	if (Number.isNaN(input.recordedAt.getTime())) return err('invalid_request');
	const at = checkRecordedAt(input.recordedAt, deps.now());
	if (!at.ok) return at;
	const who = parsePresented(input.presented);
	if (!who) return err('unknown_code');
	if (who.kind === 'personal') {
		const verified = verifyCode(deps.qrSecret, userSubject(who.userId), who.code, at.value);
		if (!verified.ok) return verified;
	}
	return {
		ok: true,
		value: {
			inspector,
			input: { ...input, id: input.id.toLowerCase() },
			who,
			recordedAt: at.value,
			day: localDay(at.value)
		}
	};
}

/**
 * Records one drop-off for the inspector. Safe to call again with the same id (a resend from
 * the offline queue): the first result comes back as `replayed` and nothing is credited twice.
 */
export async function recordDropoff(
	deps: SortingDeps,
	inspector: AccessSubject,
	input: DropoffInput
): Promise<Result<RecordedDropoff, RecordError>> {
	const checked = checkInput(deps, inspector, input);
	if (!checked.ok) return checked;
	return deps.recorder.record(checked.value);
}

/** A phone's queue: each drop-off is answered on its own, in the order sent. */
export function recordDropoffs(
	deps: SortingDeps,
	inspector: AccessSubject,
	inputs: DropoffInput[]
): Promise<Result<RecordedDropoff, RecordError>[]> {
	return Promise.all(inputs.map((input) => recordDropoff(deps, inspector, input)));
}
