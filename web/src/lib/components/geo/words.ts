import { roughDistance } from '$lib/domain/geo/distance';
import type { MessageKey } from '$lib/i18n';
import { t } from '$lib/i18n/t';

/** Where a list's distances were measured from, as the server found it. */
export type Origin = 'here' | 'community' | null;

/** "about 800 m" / "约 800 米", rounded as people say it. */
export function distanceText(metres: number): string {
	const rough = roughDistance(metres);
	return t(rough.unit === 'm' ? 'near.m' : 'near.km', { value: rough.value });
}

/** "800 m from you" or "800 m from your community", whichever the list was measured from. */
export function distanceFrom(metres: number, origin: Origin): string {
	const key = origin === 'here' ? 'near.fromYou' : 'near.fromYourCommunity';
	return t(key, { distance: distanceText(metres) });
}

/**
 * The sentence that says where distances come from, once the resident chose a radius: from the
 * phone, from their community (by choice, or because the phone gave no position), or nowhere
 * because the community has no map point yet.
 */
export function originKey(
	radius: number | null,
	origin: Origin,
	asked: 'here' | 'community'
): MessageKey | null {
	if (!radius) return null;
	if (origin === null) return 'near.origin.none';
	if (origin === 'here') return 'near.origin.here';
	return asked === 'here' ? 'near.origin.fallback' : 'near.origin.community';
}
