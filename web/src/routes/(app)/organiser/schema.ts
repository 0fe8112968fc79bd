import { z } from 'zod';
import { isSkillCode, normaliseSkills } from '$lib/domain/timebank';
import { parseLocalDateTime } from '$lib/server/timebank/format';

const when = z
	.string()
	.transform((v) => parseLocalDateTime(v))
	.pipe(z.date('form.invalid'));
const optionalNumber = (min: number, max: number) =>
	z
		.string()
		.optional()
		.transform((v) => (v && v.trim() !== '' ? Number(v) : null))
		.pipe(z.number().min(min, 'form.invalid').max(max, 'form.invalid').nullable());

export const slotFields = {
	startsAt: when,
	endsAt: when,
	capacity: z.coerce.number().int('form.invalid').min(1, 'form.invalid').max(500, 'form.invalid'),
	minutesCredited: z.coerce
		.number()
		.int('form.invalid')
		.min(1, 'form.invalid')
		.max(24 * 60, 'form.invalid')
};

export const slotSchema = z
	.object(slotFields)
	.refine((s) => s.endsAt > s.startsAt, { message: 'form.invalid', path: ['endsAt'] });

export const activitySchema = z
	.object({
		communityId: z.coerce.number().int().positive('tb.error.not_a_community'),
		title: z.string().trim().min(1, 'form.required').max(100, 'form.invalid'),
		description: z.string().trim().max(2000, 'form.invalid').default(''),
		category: z.string().trim().min(1, 'form.required').max(40, 'form.invalid'),
		skills: z
			.string()
			.default('')
			.transform((v) =>
				v
					.split(/[,，、]/)
					.map((s) => s.trim().toLowerCase())
					.filter(Boolean)
			),
		place: z.string().trim().min(1, 'form.required').max(200, 'form.invalid'),
		latitude: optionalNumber(-90, 90),
		longitude: optionalNumber(-180, 180),
		geofenceMetres: optionalNumber(10, 5000),
		pointsPerHour: z.coerce
			.number()
			.int('form.invalid')
			.min(0, 'form.invalid')
			.max(1000, 'form.invalid'),
		signupDeadline: when,
		publish: z
			.string()
			.optional()
			.transform((v) => v === '1'),
		audience: z.enum(['community', 'street'], 'form.invalid').default('community'),
		...slotFields
	})
	.refine((s) => s.endsAt > s.startsAt, { message: 'form.invalid', path: ['endsAt'] });

/**
 * The skills an activity needs: the ticked vocabulary boxes (repeated `skill` fields) and any
 * other words typed in `skills`, stored as vocabulary codes where there is one.
 */
export function skillsFrom(form: FormData, typed: readonly string[]): string[] {
	const ticked = form.getAll('skill').filter(isSkillCode);
	return normaliseSkills([...ticked, ...typed]);
}

export const statusSchema = z.object({ to: z.enum(['published', 'cancelled', 'finished']) });

const id = z.coerce.number().int().positive('form.invalid');
export const scanSchema = z.object({
	code: z.string().trim().min(1, 'tb.error.code_malformed').max(20)
});
export const manualSchema = z.object({
	userId: id,
	step: z.enum(['check_in', 'check_out']),
	reason: z.string().trim().min(1, 'tb.error.reason_required').max(200, 'form.invalid')
});
export const minutesSchema = z.object({
	userId: id,
	minutes: z.coerce.number().int('tb.error.minutes_invalid').min(0, 'tb.error.minutes_invalid'),
	reason: z.string().trim().min(1, 'tb.error.reason_required').max(200, 'form.invalid')
});
