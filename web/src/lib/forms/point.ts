import { z } from 'zod';
import type { Point } from '$lib/domain/geo/distance';

const coordinate = (limit: number) =>
	z
		.string()
		.trim()
		.min(1, 'form.required')
		.transform(Number)
		.pipe(
			z
				.number('near.point.invalid')
				.min(-limit, 'near.point.invalid')
				.max(limit, 'near.point.invalid')
		);

/**
 * A place's map point as typed into components/geo/point-form.svelte: latitude and longitude, or
 * `clear=1` to remove it. `extra` names the place (a community id, say).
 */
export function pointFormSchema<T extends z.ZodRawShape>(extra: T) {
	return z.union([
		z.object({ ...extra, clear: z.literal('1') }),
		z.object({ ...extra, latitude: coordinate(90), longitude: coordinate(180) })
	]);
}

/** The point the form asked for, or null when it asked to clear it. */
export function pointOf(
	data: { clear: '1' } | { latitude: number; longitude: number }
): Point | null {
	return 'clear' in data ? null : { latitude: data.latitude, longitude: data.longitude };
}
