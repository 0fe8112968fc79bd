import { z } from 'zod';
import { parseLocalDateTime } from '$lib/server/timebank/format';

const onBehalfOf = z
	.string()
	.optional()
	.transform((v) => (v ? Number(v) : null))
	.pipe(z.number().int().positive().nullable());
const optionalWhen = z
	.string()
	.optional()
	.transform((v) => (v ? parseLocalDateTime(v) : null));

export const postSchema = z.object({
	kind: z.enum(['request', 'offer'], 'form.required'),
	title: z.string().trim().min(1, 'form.required').max(100, 'form.invalid'),
	description: z.string().trim().max(1000, 'form.invalid').default(''),
	category: z.string().trim().min(1, 'form.required').max(40, 'form.invalid'),
	estimatedMinutes: z.coerce
		.number()
		.int('tb.error.minutes_invalid')
		.min(1, 'tb.error.minutes_invalid')
		.max(24 * 60, 'tb.error.minutes_invalid'),
	windowStart: optionalWhen,
	windowEnd: optionalWhen,
	place: z.string().trim().max(200, 'form.invalid').default(''),
	onBehalfOf
});

export const actSchema = z.object({ onBehalfOf });
export const respondSchema = z.object({
	message: z.string().trim().max(200).default(''),
	onBehalfOf
});
export const acceptSchema = z.object({ helperId: z.coerce.number().int().positive(), onBehalfOf });
export const recordSchema = z.object({
	minutes: z.coerce.number().int('tb.error.minutes_invalid').min(1, 'tb.error.minutes_invalid'),
	onBehalfOf
});
export const disputeSchema = z.object({
	reason: z.string().trim().min(1, 'tb.error.reason_required').max(300, 'form.invalid'),
	onBehalfOf
});
export const rateSchema = z.object({
	stars: z.coerce
		.number()
		.int('tb.error.stars_invalid')
		.min(1, 'tb.error.stars_invalid')
		.max(5, 'tb.error.stars_invalid'),
	thanks: z.string().trim().max(200, 'form.invalid').default(''),
	onBehalfOf
});
