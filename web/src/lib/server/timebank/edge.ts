import { error } from '@sveltejs/kit';
import { isMessageKey, type MessageKey } from '$lib/i18n';
import { requireUser, type AccessUser } from '../access/guards';
import { ledgerMessageKeyFor } from '../ledger/errors';
import { timebank } from './deps';
import { codeGuessParams } from './guess-limit';
import { actFor, type Acting } from './proxy.service';

/**
 * The message for a refusal code from any time-bank service: its own wording, else the ledger's
 * for a refusal the ledger made (a hold that expired, …), else a general one.
 */
export function errorKey(code: string): MessageKey {
	const key = `tb.error.${code}`;
	if (isMessageKey(key)) return key;
	return ledgerMessageKeyFor(code) ?? 'tb.error.ledger';
}

/** A refused code check-in as form data: the message, and the wait when there were too many. */
export async function codeRefusal(code: string, userId: number, slotId: number) {
	const params =
		code === 'too_many_guesses' ? await codeGuessParams(timebank(), userId, slotId) : undefined;
	return { message: errorKey(code), params };
}

/**
 * Who acts and for whom. `forId` is the resident a proxy or desk staff acts for (a hidden form
 * field or `?for=`); without it people act for themselves. A proxy who is not allowed gets 403.
 */
export async function actingFrom(
	locals: App.Locals,
	url: URL,
	forId: number | null | undefined
): Promise<Acting> {
	const user: AccessUser = requireUser(locals, url);
	const acting = await actFor(timebank().db, user, forId ?? null);
	if (!acting.ok) error(403, { message: 'Forbidden', code: acting.error });
	return acting.value;
}

/** `?for=` as a number, or null. */
export function forParam(url: URL): number | null {
	const raw = url.searchParams.get('for');
	const id = raw === null ? NaN : Number(raw);
	return Number.isSafeInteger(id) && id > 0 ? id : null;
}
