import { eq } from 'drizzle-orm';
import { err, ok, type Result } from '$core/shared';
import { partners } from '$db/schema';
import { isPoint, type Point } from '$lib/domain/geo/distance';
import { record } from '../audit';
import type { Db } from '$db/client';

/**
 * Where a partner's shop is, so residents can find its offers by distance (catalogue.service.ts).
 * Only the partner's manager sets it (the route checks); the database refuses half a point or one
 * off the globe too (partners_point_* checks).
 */
export async function shopPoint(db: Db, partnerId: number): Promise<Point | null> {
	const [row] = await db
		.select({ latitude: partners.latitude, longitude: partners.longitude })
		.from(partners)
		.where(eq(partners.id, partnerId));
	return row && isPoint(row) ? { latitude: row.latitude, longitude: row.longitude } : null;
}

/**
 * Sets (or with null, clears) the shop's point. Audited as `partner.location` with before and
 * after; a point is a business address, not personal data. Errors: 'not_found', 'point_invalid'.
 */
export async function setShopPoint(
	db: Db,
	actorId: number,
	input: { partnerId: number; point: Point | null }
): Promise<Result<Point | null, 'not_found' | 'point_invalid'>> {
	if (input.point && !isPoint(input.point)) return err('point_invalid');
	return db.transaction(async (tx) => {
		const [before] = await tx
			.select({ latitude: partners.latitude, longitude: partners.longitude })
			.from(partners)
			.where(eq(partners.id, input.partnerId))
			.for('update');
		if (!before) return err('not_found');
		const after = {
			latitude: input.point?.latitude ?? null,
			longitude: input.point?.longitude ?? null
		};
		await tx.update(partners).set(after).where(eq(partners.id, input.partnerId));
		await record(tx, {
			actorId,
			action: 'partner.location',
			target: { type: 'partner', id: input.partnerId },
			before,
			after
		});
		return ok(input.point);
	});
}
