import { parsePersonalCode } from '$lib/domain/timebank/qr-token';

/** How the inspector told who is at the bin. */
export type Presented =
	{ kind: 'personal'; userId: number; code: string } | { kind: 'card'; cardNumber: string };

/** Household card numbers: letters and digits, 4–20, printed on the card (e.g. YYX-0012). */
const CARD = /^[A-Z0-9][A-Z0-9-]{2,18}[A-Z0-9]$/;

export function normaliseCardNumber(raw: string): string | null {
	const card = raw.trim().toUpperCase().replace(/\s+/g, '');
	return CARD.test(card) ? card : null;
}

/**
 * Reads what was scanned or typed: a resident's rotating personal code (`<id>-<six digits>`, the
 * same code the time bank shows) or a household card number. Null when it is neither.
 */
export function parsePresented(raw: string): Presented | null {
	const personal = parsePersonalCode(raw);
	if (personal) return { kind: 'personal', ...personal };
	const card = normaliseCardNumber(raw);
	return card ? { kind: 'card', cardNumber: card } : null;
}
