import { z } from 'zod';

const id = z.coerce.number().int().positive('form.invalid');
const optionalId = z
	.string()
	.optional()
	.transform((v) => (v ? Number(v) : null))
	.pipe(z.number().int().positive().nullable());

export const slotSchema = z.object({ slotId: id, onBehalfOf: optionalId });

export const checkInSchema = z.object({
	slotId: id,
	code: z.string().trim().min(1, 'tb.error.code_malformed').max(20, 'tb.error.code_malformed'),
	latitude: z.string().optional(),
	longitude: z.string().optional(),
	onBehalfOf: optionalId
});

/** A position only when both numbers came (the page adds them when the phone allows). */
export function position(lat?: string, lon?: string) {
	const latitude = Number(lat);
	const longitude = Number(lon);
	return lat && lon && Number.isFinite(latitude) && Number.isFinite(longitude)
		? { latitude, longitude }
		: null;
}
