import { z } from 'zod';
import { OFFER_CATEGORIES } from '$lib/domain/redemption/categories';

const optionalCount = z
	.string()
	.trim()
	.transform((s) => (s === '' ? null : Number(s)))
	.pipe(z.number('form.invalid').int('form.invalid').positive('form.invalid').nullable());

export const offerSchema = z.object({
	title: z.string().trim().min(1, 'form.required').max(100, 'form.invalid'),
	description: z.string().trim().max(1000, 'form.invalid'),
	category: z.enum(OFFER_CATEGORIES, 'form.invalid'),
	pricePoints: z.coerce
		.number('form.invalid')
		.int('form.invalid')
		.min(1, 'form.invalid')
		.max(1_000_000, 'form.invalid'),
	stock: optionalCount,
	monthlyLimit: optionalCount,
	/** Empty: from now. */
	validFrom: z.union([z.literal(''), z.iso.date('form.invalid')]).default(''),
	validUntil: z.iso.date('form.invalid'),
	voucherDays: z.coerce
		.number('form.invalid')
		.int('form.invalid')
		.min(1, 'form.invalid')
		.max(90, 'form.invalid')
});

export const offerStatusSchema = z.object({
	offerId: z.coerce.number().int().positive(),
	status: z.enum(['live', 'paused', 'ended'])
});

export const staffSchema = z.object({
	phone: z
		.string()
		.trim()
		.regex(/^1[3-9]\d{9}$/, 'form.invalid')
});
export const removeStaffSchema = z.object({ userId: z.coerce.number().int().positive() });
