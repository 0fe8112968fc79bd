import { z } from 'zod';
import { parseLoginId } from '../../domain/identity/login-id';
import { checkPasswordStrength } from '../../domain/identity/password-strength';
import { weakPasswordMessage } from './form-result';

/** Zod shapes of the auth forms. Errors are message keys, shown next to each field. */
const login = z
	.string()
	.trim()
	.min(1, 'form.required')
	.refine((v) => parseLoginId(v) !== null, 'auth.error.loginInvalid');

const newPassword = z
	.string()
	.min(1, 'form.required')
	.superRefine((value, ctx) => {
		const weak = checkPasswordStrength(value);
		if (weak) ctx.addIssue({ code: 'custom', message: weakPasswordMessage(weak) });
	});

export const loginSchema = z.object({
	login: z.string().trim().min(1, 'form.required'),
	password: z.string().min(1, 'form.required')
});

export const registerSchema = z.object({
	login,
	displayName: z.string().trim().min(1, 'form.required').max(40, 'auth.error.nameInvalid'),
	password: newPassword,
	communityId: z.coerce
		.number('auth.error.communityInvalid')
		.int('auth.error.communityInvalid')
		.positive('auth.error.communityInvalid'),
	/** Optional: a committee's invitation code verifies the new member at once. */
	invitationCode: z.string().trim().max(20, 'auth.error.invitation.invalid_code').optional()
});

export const forgotSchema = z.object({ login });

export const resetSchema = z.object({ password: newPassword });

export const changePasswordSchema = z.object({
	currentPassword: z.string().min(1, 'form.required'),
	newPassword
});
