import type postgres from 'postgres';
import { DEFAULT_BURST_PER_MINUTE, type PointsByCategory } from '$lib/domain/sorting';

export interface SortingSettings {
	points: PointsByCategory;
	dailyCapPoints: number;
	mistakeThreshold: number;
	burstPerMinute: number;
}

/** Used until the committee saves its own: modest points, a cap of a few bags a day. */
export const DEFAULT_SETTINGS: SortingSettings = {
	points: { food: 2, recyclable: 2, hazardous: 3, residual: 1 },
	dailyCapPoints: 10,
	mistakeThreshold: 3,
	burstPerMinute: DEFAULT_BURST_PER_MINUTE
};

export interface SettingsRow {
	community_id: number;
	points_food: number;
	points_recyclable: number;
	points_hazardous: number;
	points_residual: number;
	daily_cap_points: number;
	mistake_threshold: number;
	burst_per_minute: number;
}

function fromRow(r: SettingsRow): SortingSettings {
	return {
		points: {
			food: r.points_food,
			recyclable: r.points_recyclable,
			hazardous: r.points_hazardous,
			residual: r.points_residual
		},
		dailyCapPoints: r.daily_cap_points,
		mistakeThreshold: r.mistake_threshold,
		burstPerMinute: r.burst_per_minute
	};
}

/** The settings of several communities at once; missing ones get the defaults. */
export async function settingsFor(
	sql: postgres.Sql | postgres.TransactionSql,
	communityIds: number[]
): Promise<Map<number, SortingSettings>> {
	const rows = await sql<SettingsRow[]>`
		select * from sorting_settings where community_id = any(${communityIds}::int[])`;
	return withDefaults(rows, communityIds);
}

/**
 * The settings of the communities the collection points belong to, found by the points' ids, so
 * the recorder can read them together with the points instead of after them.
 */
export function settingsOfPoints(
	sql: postgres.Sql | postgres.TransactionSql,
	pointIds: number[]
): Promise<SettingsRow[]> {
	return sql<SettingsRow[]>`
		select s.* from sorting_settings s
		where s.community_id in (select community_id from sorting_points where id = any(${pointIds}::int[]))`.execute();
}

/** Each community's saved settings, or the defaults where it has saved none. */
export function withDefaults(
	rows: SettingsRow[],
	communityIds: number[]
): Map<number, SortingSettings> {
	const found = new Map(rows.map((r) => [r.community_id, fromRow(r)]));
	return new Map(communityIds.map((id) => [id, found.get(id) ?? DEFAULT_SETTINGS]));
}

export async function communitySettings(
	sql: postgres.Sql,
	communityId: number
): Promise<SortingSettings> {
	return (await settingsFor(sql, [communityId])).get(communityId) ?? DEFAULT_SETTINGS;
}

/** Saves a community's settings; the caller has checked the committee's right. */
export async function saveSettings(
	sql: postgres.Sql,
	communityId: number,
	s: SortingSettings,
	by: number
): Promise<void> {
	await sql`
		insert into sorting_settings (community_id, points_food, points_recyclable, points_hazardous,
			points_residual, daily_cap_points, mistake_threshold, burst_per_minute, updated_by, updated_at)
		values (${communityId}, ${s.points.food}, ${s.points.recyclable}, ${s.points.hazardous},
			${s.points.residual}, ${s.dailyCapPoints}, ${s.mistakeThreshold}, ${s.burstPerMinute}, ${by}, now())
		on conflict (community_id) do update set points_food = excluded.points_food,
			points_recyclable = excluded.points_recyclable, points_hazardous = excluded.points_hazardous,
			points_residual = excluded.points_residual, daily_cap_points = excluded.daily_cap_points,
			mistake_threshold = excluded.mistake_threshold, burst_per_minute = excluded.burst_per_minute,
			updated_by = excluded.updated_by, updated_at = now()`;
}
