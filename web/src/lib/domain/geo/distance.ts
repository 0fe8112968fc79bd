/**
 * Distances on the map: how far an activity or a partner's shop is from a resident, which lie
 * within the radius they chose, and how to say the distance in plain words. Pure and
 * framework-free, so the same rule serves the activity list, the offer catalogue and the check-in
 * geofence.
 */

const EARTH_RADIUS_METRES = 6_371_000;
/** The same sphere as the haversine below, so the box and the distance agree. */
const METRES_PER_DEGREE_LATITUDE = (2 * Math.PI * EARTH_RADIUS_METRES) / 360;
/** The box is this much larger than the radius, so rounding never leaves a point outside it. */
const BOX_MARGIN = 1.01;

export interface Point {
	latitude: number;
	longitude: number;
}

/** The radii a resident can choose on the activity list and the offer catalogue, in kilometres. */
export const DISTANCE_RADII_KM = [1, 3, 5, 10] as const;
export type RadiusKm = (typeof DISTANCE_RADII_KM)[number];

export function isRadiusKm(value: unknown): value is RadiusKm {
	return (DISTANCE_RADII_KM as readonly unknown[]).includes(value);
}

export function isPoint(p: { latitude: number | null; longitude: number | null }): p is Point {
	return (
		p.latitude !== null &&
		p.longitude !== null &&
		Number.isFinite(p.latitude) &&
		Number.isFinite(p.longitude) &&
		Math.abs(p.latitude) <= 90 &&
		Math.abs(p.longitude) <= 180
	);
}

/** Great-circle distance (haversine), in whole metres. */
export function distanceMetres(a: Point, b: Point): number {
	const rad = (d: number) => (d * Math.PI) / 180;
	const dLat = rad(b.latitude - a.latitude);
	const dLon = rad(b.longitude - a.longitude);
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
	return Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h))));
}

/**
 * A latitude/longitude box that contains every point within `radiusMetres` of `centre`, so a
 * database index can discard far-away rows before the exact distance is computed. It is a little
 * generous on purpose (never too small); near the poles it widens to every longitude.
 */
export function boundingBox(centre: Point, radiusMetres: number) {
	const reach = radiusMetres * BOX_MARGIN;
	const dLat = reach / METRES_PER_DEGREE_LATITUDE;
	const cos = Math.cos((centre.latitude * Math.PI) / 180);
	const dLon = cos < 1e-6 ? 180 : Math.min(180, reach / (METRES_PER_DEGREE_LATITUDE * cos));
	return {
		minLatitude: Math.max(-90, centre.latitude - dLat),
		maxLatitude: Math.min(90, centre.latitude + dLat),
		minLongitude: centre.longitude - dLon,
		maxLongitude: centre.longitude + dLon
	};
}

export type WithDistance<T> = T & { distanceMetres: number | null };

/**
 * Adds each item's distance from `origin` (null when the item or the origin has no point). With
 * a radius, keeps only the items with a point inside it, nearest first (ties keep their order);
 * without one, keeps every item in its order.
 */
export function byDistance<T extends { latitude: number | null; longitude: number | null }>(
	items: readonly T[],
	origin: Point | null,
	radiusMetres: number | null
): WithDistance<T>[] {
	const measured = items.map((item) => ({
		...item,
		distanceMetres: origin && isPoint(item) ? distanceMetres(origin, item) : null
	}));
	if (radiusMetres === null) return measured;
	return measured
		.filter((i) => i.distanceMetres !== null && i.distanceMetres <= radiusMetres)
		.sort((a, b) => (a.distanceMetres ?? 0) - (b.distanceMetres ?? 0));
}

/**
 * A distance as people say it: "about 800 m" rounded to 50 m below a kilometre (never "0 m"),
 * "about 1.2 km" to a tenth below 10 km, whole kilometres beyond.
 */
export function roughDistance(metres: number): { unit: 'm' | 'km'; value: number } {
	if (metres < 950) return { unit: 'm', value: Math.max(50, Math.round(metres / 50) * 50) };
	if (metres < 9_950) return { unit: 'km', value: Math.round(metres / 100) / 10 };
	return { unit: 'km', value: Math.round(metres / 1000) };
}

/**
 * A position rounded to three decimals (about 100 m), which is all the list needs: the exact
 * spot where a resident stands is not sent or kept.
 */
export function coarsen(p: Point): Point {
	const round = (v: number) => Math.round(v * 1000) / 1000;
	return { latitude: round(p.latitude), longitude: round(p.longitude) };
}
