import { accuracyPercent, localDay } from '$lib/domain/sorting';
import type { SortingDeps } from './deps';
import { communitySettings } from './settings';

/** What a resident sees: their household, today's points against the cap, history, accuracy. */
export async function householdView(deps: SortingDeps, userId: number) {
	const [home] = await deps.sql<
		{ id: number; building: string; unit: string; card_number: string; community_id: number }[]
	>`
		select h.id, h.building, h.unit, h.card_number, h.community_id
		from sorting_household_members m join sorting_households h on h.id = m.household_id
		where m.user_id = ${userId}`;
	if (!home) {
		const [request] = await deps.sql<{ id: number }[]>`
			select id from sorting_join_requests where user_id = ${userId} and status = 'pending'`;
		return { household: null, pendingRequest: Boolean(request) };
	}
	const now = deps.now();
	const since = localDay(new Date(now.getTime() - 30 * 86_400_000));
	const [settings, [today], [month], recent] = await Promise.all([
		communitySettings(deps.sql, home.community_id),
		deps.sql<{ points: number }[]>`
			select points from sorting_daily_tallies where household_id = ${home.id} and day = ${localDay(now)}::date`,
		deps.sql<{ total: number; correct: number }[]>`
			select count(*)::int as total, count(*) filter (where correct)::int as correct
			from sorting_dropoffs where household_id = ${home.id} and day >= ${since}::date`,
		deps.sql<
			{
				id: string;
				at: string;
				category: string;
				correct: boolean;
				points: number;
				point: string;
				note: string | null;
				has_photo: boolean;
			}[]
		>`
			select d.id, to_json(d.recorded_at) #>> '{}' as at, d.category, d.correct, d.points, d.note,
				p.name as point, exists (select 1 from sorting_photos f where f.dropoff_id = d.id) as has_photo
			from sorting_dropoffs d join sorting_points p on p.id = d.point_id
			where d.household_id = ${home.id} order by d.recorded_at desc limit 30`
	]);
	const tally = { total: month?.total ?? 0, correct: month?.correct ?? 0 };
	return {
		household: { building: home.building, unit: home.unit, cardNumber: home.card_number },
		pendingRequest: false,
		todayPoints: today?.points ?? 0,
		dailyCap: settings.dailyCapPoints,
		month: { ...tally, percent: accuracyPercent(tally) },
		recent
	};
}
