import { fail } from '@sveltejs/kit';
import type { FieldErrors } from '../../forms/parse';
import type { MessageKey, MessageParams } from '../../i18n';
import type { WeakPassword } from '../../domain/identity/password-strength';
import type { ResetTokenError } from './password-reset';

/** The one shape every auth form action fails with, so pages read `form.errors.x` uniformly. */
export interface AuthFormFailure {
	errors?: FieldErrors;
	values?: Record<string, string>;
	message?: MessageKey;
	params?: MessageParams;
}

export function failForm(status: number, data: AuthFormFailure) {
	return fail(status, data);
}

const WEAK_PASSWORD: Record<WeakPassword, MessageKey> = {
	too_short: 'auth.error.passwordTooShort',
	too_long: 'auth.error.passwordTooLong',
	too_common: 'auth.error.passwordTooCommon',
	too_personal: 'auth.error.passwordTooPersonal'
};

export function weakPasswordMessage(reason: WeakPassword): MessageKey {
	return WEAK_PASSWORD[reason];
}

export function isWeakPassword(code: string): code is WeakPassword {
	return Object.hasOwn(WEAK_PASSWORD, code);
}

const RESET_TOKEN: Record<ResetTokenError, MessageKey> = {
	invalid_token: 'auth.error.tokenInvalid',
	token_expired: 'auth.error.tokenExpired',
	token_used: 'auth.error.tokenUsed'
};

export function resetTokenMessage(error: ResetTokenError): MessageKey {
	return RESET_TOKEN[error];
}

/** "Wait N minutes", rounded up so the person never comes back a little too early. */
export function throttledFailure(retryAfterSeconds: number, values: Record<string, string> = {}) {
	return failForm(429, {
		values,
		message: 'auth.error.throttled',
		params: { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) }
	});
}
