import {
	boundingBox,
	byDistance,
	isPoint,
	type Point,
	type RadiusKm,
	type WithDistance
} from '$lib/domain/geo/distance';
import { isOfferCategory, type OfferCategory } from '$lib/domain/redemption/categories';
import type { RedemptionDeps } from './deps';
import { availablePoints, OFFER_DATES, OFFER_SELECT, type OfferSummary } from './offers.service';
import { withDates } from './rows';

/** A phone shows a few screens, not a warehouse: the nearest or cheapest 200 are plenty. */
const CATALOGUE_LIMIT = 200;

export interface CatalogueQuery {
	userId: number;
	/** The resident's own community: only its offers can be redeemed. */
	homeId: number;
	/** The community whose offers to show; its street's other communities may be looked at too. */
	communityId: number | null;
	category: string | null;
	/** Only offers from shops within this many kilometres, nearest first. */
	radiusKm: RadiusKm | null;
	/** Where the phone says the resident is; without it, their community's map point is used. */
	here: Point | null;
}

export type CatalogueOffer = WithDistance<OfferSummary> & {
	/** Offered in the resident's own community, so they may redeem it. */
	redeemable: boolean;
};

export interface Catalogue {
	offers: CatalogueOffer[];
	/** The community shown, and the communities of the street that offer something (home first). */
	community: { id: number; name: string };
	communities: { id: number; name: string }[];
	/** Categories of the live offers in the community shown, for the filter. */
	categories: OfferCategory[];
	/** Where distances were measured from; null when neither the phone nor the community gave one. */
	origin: 'here' | 'community' | null;
	/** With a radius: offers left out because their shop has no map point yet. */
	withoutPoint: number;
	/** The resident's available points. */
	points: number;
}

interface Place {
	id: number;
	name: string;
	latitude: number | null;
	longitude: number | null;
	home: boolean;
	offers: boolean;
}

/**
 * The catalogue as a resident asked for it: live offers of one community of their street
 * (their own unless they chose a neighbour's), narrowed by category and by distance from the
 * partner's shop. Distances are measured from the phone's position when it was given, else from
 * the resident's community's map point. Offers not offered in the resident's own community are
 * listed as such: redeeming them is refused (redeem.service.ts), so the page says so up front.
 */
export async function browseOffers(deps: RedemptionDeps, q: CatalogueQuery): Promise<Catalogue> {
	const now = deps.now().toISOString();
	const places = await deps.sql<Place[]>`
		select n.id, n.name, s.latitude, s.longitude, n.id = ${q.homeId} as home,
			exists (select 1 from offer_communities oc join offers o on o.id = oc.offer_id
				where oc.community_id = n.id and o.status = 'live'
					and o.valid_from <= ${now} and o.valid_until > ${now}) as offers
		from nodes me join nodes n on n.parent_id = me.parent_id and n.level = 'community'
		left join timebank_settings s on s.community_id = n.id
		where me.id = ${q.homeId}
		order by n.id = ${q.homeId} desc, n.name`;
	const home = places.find((p) => p.home);
	if (!home) throw new Error(`community ${q.homeId} not found`);
	const shown = places.find((p) => p.id === q.communityId) ?? home;
	const homePoint = isPoint(home) ? { latitude: home.latitude, longitude: home.longitude } : null;
	const centre = q.here ?? homePoint;
	const radiusMetres = q.radiusKm && centre ? q.radiusKm * 1000 : null;
	const [rows, categories, points] = await Promise.all([
		liveOffers(deps, {
			communityId: shown.id,
			category: q.category,
			near: radiusMetres && centre ? { centre, radiusMetres } : null
		}),
		categoriesIn(deps, shown.id),
		availablePoints(deps, q.userId)
	]);
	return {
		offers: byDistance(rows, centre, radiusMetres).map((o) => ({
			...o,
			redeemable: o.communityIds.includes(q.homeId)
		})),
		community: { id: shown.id, name: shown.name },
		communities: places.filter((p) => p.home || p.offers).map(({ id, name }) => ({ id, name })),
		categories,
		origin: q.here ? 'here' : homePoint ? 'community' : null,
		withoutPoint: radiusMetres ? rows.filter((r) => !isPoint(r)).length : 0,
		points
	};
}

/**
 * Live offers of a community within their validity window, optionally of one category. With
 * `near`, a bounding box lets the database drop far-away shops before the exact distance is
 * taken (byDistance); shops with no map point stay in so the page can count them.
 */
async function liveOffers(
	deps: RedemptionDeps,
	input: {
		communityId: number;
		category: string | null;
		near: { centre: Point; radiusMetres: number } | null;
	}
): Promise<OfferSummary[]> {
	const params: (string | number)[] = [input.communityId, deps.now().toISOString()];
	let where = `where o.status = 'live' and o.valid_from <= $2 and o.valid_until > $2
		and exists (select 1 from offer_communities c where c.offer_id = o.id and c.community_id = $1)`;
	if (input.category) {
		params.push(input.category);
		where += ` and o.category = $${params.length}`;
	}
	if (input.near) {
		const box = boundingBox(input.near.centre, input.near.radiusMetres);
		params.push(box.minLatitude, box.maxLatitude, box.minLongitude, box.maxLongitude);
		const n = params.length;
		where += ` and (p.latitude is null or (p.latitude between $${n - 3} and $${n - 2}
			and p.longitude between $${n - 1} and $${n}))`;
	}
	const rows = await deps.sql.unsafe<OfferSummary[]>(
		`${OFFER_SELECT} ${where} order by o.category, o.price_points, o.id limit ${CATALOGUE_LIMIT}`,
		params
	);
	return withDates(rows, OFFER_DATES);
}

async function categoriesIn(deps: RedemptionDeps, communityId: number): Promise<OfferCategory[]> {
	const now = deps.now().toISOString();
	const rows = await deps.sql<{ category: string }[]>`
		select distinct o.category from offers o join offer_communities c on c.offer_id = o.id
		where c.community_id = ${communityId} and o.status = 'live'
			and o.valid_from <= ${now} and o.valid_until > ${now}
		order by 1`;
	return rows.map((r) => r.category).filter(isOfferCategory);
}
