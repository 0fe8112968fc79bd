import type { z } from 'zod';
import { isMessageKey, type MessageKey } from '$lib/i18n';

export type FieldErrors = Partial<Record<string, MessageKey>>;

export type Parsed<T> =
	{ ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** Fields never echoed back to the browser after a failed submit. */
const SECRET = /password|token|secret|code/i;

/**
 * Validates a submitted form against its zod schema. Schemas use message keys as their error
 * messages (`z.string().min(10, 'auth.password.tooShort')`), so each error is shown next to its
 * field in the user's language; the other fields are echoed back so nothing typed is lost.
 */
export function parseForm<S extends z.ZodType>(schema: S, form: FormData): Parsed<z.output<S>> {
	const raw: Record<string, string> = {};
	for (const [key, value] of form) if (typeof value === 'string') raw[key] = value;
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? '_form');
		errors[field] ??= isMessageKey(issue.message) ? issue.message : 'form.invalid';
	}
	const values = Object.fromEntries(Object.entries(raw).filter(([k]) => !SECRET.test(k)));
	return { ok: false, errors, values };
}
