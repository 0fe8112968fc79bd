import type { Queryable } from './deps';

export interface CouncilSettingsValues {
	pointsAccepted: number;
	pointsPassed: number;
	pointsPerVote: number;
	votePointsMonthlyCap: number;
	supportThreshold: number;
}

/** Used until the committee saves its own values (the column defaults say the same). */
export const DEFAULT_COUNCIL_SETTINGS: CouncilSettingsValues = {
	pointsAccepted: 20,
	pointsPassed: 50,
	pointsPerVote: 5,
	votePointsMonthlyCap: 20,
	supportThreshold: 10
};

export async function readSettings(
	q: Queryable,
	communityId: number
): Promise<CouncilSettingsValues> {
	const [r] = await q<CouncilSettingsValues[]>`
		select points_accepted as "pointsAccepted", points_passed as "pointsPassed",
			points_per_vote as "pointsPerVote", vote_points_monthly_cap as "votePointsMonthlyCap",
			support_threshold as "supportThreshold"
		from council_settings where community_id = ${communityId}`;
	return r ?? DEFAULT_COUNCIL_SETTINGS;
}

/** Saves the community's amounts; the caller has checked the committee permission. */
export async function saveSettings(
	q: Queryable,
	communityId: number,
	values: CouncilSettingsValues,
	actorId: number
): Promise<void> {
	await q`
		insert into council_settings (community_id, points_accepted, points_passed, points_per_vote,
			vote_points_monthly_cap, support_threshold, updated_by, updated_at)
		values (${communityId}, ${values.pointsAccepted}, ${values.pointsPassed}, ${values.pointsPerVote},
			${values.votePointsMonthlyCap}, ${values.supportThreshold}, ${actorId}, now())
		on conflict (community_id) do update set points_accepted = excluded.points_accepted,
			points_passed = excluded.points_passed, points_per_vote = excluded.points_per_vote,
			vote_points_monthly_cap = excluded.vote_points_monthly_cap,
			support_threshold = excluded.support_threshold, updated_by = excluded.updated_by,
			updated_at = now()`;
}
