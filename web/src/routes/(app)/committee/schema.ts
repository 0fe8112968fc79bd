import { z } from 'zod';

export const decisionSchema = z.object({
	userId: z.coerce.number().int().positive('form.invalid')
});

/** The ID number is checked by the service (parseResidentId), which says what is wrong with it. */
export const approveSchema = decisionSchema.extend({
	idNumber: z.string().trim().max(40, 'idNumber.error.wrong_length').optional()
});

export const rejectSchema = decisionSchema.extend({
	reason: z
		.string()
		.trim()
		.min(1, 'committee.error.reason_required')
		.max(200, 'committee.error.reason_too_long')
});

export const createInvitationSchema = z.object({
	communityId: z.coerce.number().int().positive('committee.invite.error.not_a_community'),
	maxUses: z.coerce
		.number()
		.int()
		.min(1, 'committee.invite.error.bad_limits')
		.max(50, 'committee.invite.error.bad_limits'),
	validDays: z.coerce
		.number()
		.int()
		.min(1, 'committee.invite.error.bad_limits')
		.max(90, 'committee.invite.error.bad_limits')
});

export const revokeInvitationSchema = z.object({
	invitationId: z.coerce.number().int().positive('form.invalid')
});

/** Where the unmask result page links back to: a committee page, never another site. */
const committeePath = z
	.string()
	.regex(/^\/committee(?:[/?][^\s]*)?$/, 'form.invalid')
	.refine((p) => !p.startsWith('//'), 'form.invalid')
	.catch('/committee');

export const unmaskSchema = z.object({
	userId: z.coerce.number().int().positive('form.invalid'),
	field: z.enum(['phone', 'address', 'idNumber'], 'form.invalid'),
	reason: z
		.string()
		.trim()
		.min(1, 'oversight.unmask.error.reason_required')
		.max(200, 'oversight.unmask.error.reason_too_long'),
	back: committeePath
});
