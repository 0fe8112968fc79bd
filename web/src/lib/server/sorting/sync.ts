import { z } from 'zod';
import type { SyncOutcome } from '$lib/domain/sorting';
import { SORTING_CATEGORIES } from '$lib/domain/sorting';
import type { AccessSubject } from '$lib/domain/access';
import type { SortingDeps } from './deps';
import { recordDropoffs } from './record.service';

/** The body a phone sends: its queued drop-offs, oldest first. */
export const syncBody = z.object({
	dropoffs: z
		.array(
			z.object({
				id: z.string().min(1).max(64),
				pointId: z.number().int().positive(),
				presented: z.string().max(64),
				category: z.enum(SORTING_CATEGORIES),
				correct: z.boolean(),
				note: z.string().max(200).nullable().optional(),
				recordedAt: z.iso.datetime({ offset: true }),
				photo: z
					.object({ mime: z.string().max(40), data: z.string().max(280_000) })
					.nullable()
					.optional()
			})
		)
		.min(1)
		.max(100)
});

export type SyncBody = z.infer<typeof syncBody>;

/** Records a phone's batch and answers each id, so the queue knows what it may forget. */
export async function syncDropoffs(
	deps: SortingDeps,
	inspector: AccessSubject,
	body: SyncBody
): Promise<SyncOutcome[]> {
	const results = await recordDropoffs(
		deps,
		inspector,
		body.dropoffs.map((d) => ({
			id: d.id,
			pointId: d.pointId,
			presented: d.presented,
			category: d.category,
			correct: d.correct,
			note: d.note?.trim() ? d.note.trim() : null,
			recordedAt: new Date(d.recordedAt),
			photo: d.photo ?? null
		}))
	);
	return results.map((r, i) => {
		const id = body.dropoffs[i]?.id ?? '';
		if (!r.ok) return { id, status: 'refused', error: r.error };
		return { id, status: r.value.status, points: r.value.points, reason: r.value.reason };
	});
}
