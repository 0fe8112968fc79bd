/** A login identifier as typed by a person, reduced to the one form we store. */
export type LoginId = { kind: 'phone'; phone: string } | { kind: 'email'; email: string };

const MAINLAND_MOBILE = /^1[3-9][0-9]{9}$/;
// Deliberately loose: one @, no spaces, a dot in the domain. The real check is the message arriving.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_EMAIL_LENGTH = 254;

/**
 * Normalises a mainland mobile number: people type spaces, dashes and the +86 / 0086 prefix,
 * so those are dropped before the 1[3-9]xxxxxxxxx check. Returns null when it is not one.
 */
export function normalisePhone(input: string): string | null {
	let digits = input.replace(/[\s-]/g, '');
	if (digits.startsWith('+86')) digits = digits.slice(3);
	else if (digits.startsWith('0086')) digits = digits.slice(4);
	return MAINLAND_MOBILE.test(digits) ? digits : null;
}

/** Lower-cases and trims an e-mail address; null when it does not look like one. */
export function normaliseEmail(input: string): string | null {
	const email = input.trim().toLowerCase();
	return email.length <= MAX_EMAIL_LENGTH && EMAIL.test(email) ? email : null;
}

/** Reads "phone number or e-mail" from one field: an @ means e-mail, anything else a phone. */
export function parseLoginId(input: string): LoginId | null {
	if (input.includes('@')) {
		const email = normaliseEmail(input);
		return email ? { kind: 'email', email } : null;
	}
	const phone = normalisePhone(input);
	return phone ? { kind: 'phone', phone } : null;
}

/** The stored form, used as a key (throttling) and to address messages. */
export function loginIdValue(id: LoginId): string {
	return id.kind === 'phone' ? id.phone : id.email;
}
