import { z } from 'zod';
import { GRANTABLE_ROLES, MAX_NODE_NAME_LENGTH } from '$lib/domain/access';

const name = z
	.string()
	.trim()
	.min(1, 'admin.error.bad_name')
	.max(MAX_NODE_NAME_LENGTH, 'admin.error.bad_name');
const nameEn = z.string().trim().max(MAX_NODE_NAME_LENGTH, 'admin.error.bad_name').optional();

export const namesSchema = z.object({ name, nameEn });

export const grantSchema = z.object({
	login: z.string().trim().min(1, 'admin.error.bad_login').max(254, 'admin.error.bad_login'),
	role: z.enum(GRANTABLE_ROLES, 'form.invalid')
});

export const revokeSchema = z.object({
	userId: z.coerce.number().int().positive('form.invalid'),
	role: z.enum(GRANTABLE_ROLES, 'form.invalid')
});
