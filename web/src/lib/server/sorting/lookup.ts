import type postgres from 'postgres';
import { can } from '$lib/domain/access';
import { acceptsCategory, isOpenAt } from '$lib/domain/sorting';
import { err, ok, type Result } from '$core/shared';
import { settingsOfPoints, withDefaults, type SortingSettings } from './settings';
import type { Checked, RecordError } from './types';

interface PointRow {
	id: number;
	community_id: number;
	opens: string;
	closes: string;
	categories: string;
	active: boolean;
	path: string;
}
interface PersonRow {
	user_id: number;
	status: string;
	household_id: number | null;
	community_id: number | null;
}
interface CardRow {
	id: number;
	community_id: number;
	card_number: string;
	card_holder_id: number | null;
	holder_status: string | null;
}
export interface ExistingRow {
	id: string;
	inspector_id: number;
	household_id: number;
	resident_id: number | null;
	community_id: number;
	points: number;
	reason: string;
	transfer_id: string | null;
}

/** Everything a batch needs to know, read in parallel (one round trip) before its transaction. */
export interface BatchFacts {
	points: Map<number, PointRow>;
	assigned: Set<string>;
	people: Map<number, PersonRow>;
	cards: Map<string, CardRow>;
	existing: Map<string, ExistingRow>;
	settings: Map<number, SortingSettings>;
}

export async function readFacts(sql: postgres.Sql, batch: Checked[]): Promise<BatchFacts> {
	const pointIds = [...new Set(batch.map((c) => c.input.pointId))];
	const inspectorIds = [...new Set(batch.map((c) => c.inspector.id))];
	const userIds = batch.flatMap((c) => (c.who.kind === 'personal' ? [c.who.userId] : []));
	const cardNumbers = batch.flatMap((c) => (c.who.kind === 'card' ? [c.who.cardNumber] : []));
	const [points, assigned, people, cards, existing, settings] = await Promise.all([
		sql<PointRow[]>`
			select p.id, p.community_id, p.opens, p.closes, array_to_string(p.categories, ',') as categories,
				p.active, n.path
			from sorting_points p join nodes n on n.id = p.community_id
			where p.id = any(${pointIds}::int[])`,
		sql<{ point_id: number; user_id: number }[]>`
			select point_id, user_id from sorting_inspectors
			where point_id = any(${pointIds}::int[]) and user_id = any(${inspectorIds}::int[])`,
		sql<PersonRow[]>`
			select u.id as user_id, u.status::text as status, m.household_id, h.community_id
			from users u
			left join sorting_household_members m on m.user_id = u.id
			left join sorting_households h on h.id = m.household_id
			where u.id = any(${[...new Set(userIds)]}::int[])`,
		sql<CardRow[]>`
			select h.id, h.community_id, h.card_number, h.card_holder_id, u.status::text as holder_status
			from sorting_households h left join users u on u.id = h.card_holder_id
			where h.card_number = any(${[...new Set(cardNumbers)]}::text[])`,
		selectExisting(
			sql,
			batch.map((c) => c.input.id)
		),
		settingsOfPoints(sql, pointIds)
	]);
	const communities = [...new Set(points.map((p) => p.community_id))];
	return {
		points: new Map(points.map((p) => [p.id, p])),
		assigned: new Set(assigned.map((a) => `${a.point_id}:${a.user_id}`)),
		people: new Map(people.map((p) => [p.user_id, p])),
		cards: new Map(cards.map((c) => [c.card_number, c])),
		existing,
		settings: withDefaults(settings, communities)
	};
}

export async function selectExisting(
	sql: postgres.Sql | postgres.TransactionSql,
	ids: string[]
): Promise<Map<string, ExistingRow>> {
	const rows = await sql<ExistingRow[]>`
		select id, inspector_id, household_id, resident_id, community_id, points, reason, transfer_id
		from sorting_dropoffs where id = any(${ids}::uuid[])`;
	return new Map(rows.map((r) => [r.id, r]));
}

export interface Resolved {
	communityId: number;
	householdId: number;
	residentId: number;
	settings: SortingSettings;
}

type Household = { householdId: number; residentId: number; communityId: number | null };

function householdOf(c: Checked, facts: BatchFacts): Result<Household, RecordError> {
	if (c.who.kind === 'personal') {
		const person = facts.people.get(c.who.userId);
		if (!person) return err('code_invalid');
		if (person.status !== 'verified') return err('resident_not_verified');
		if (person.household_id === null) return err('no_household');
		const { household_id: householdId, community_id: communityId } = person;
		return ok({ householdId, residentId: person.user_id, communityId });
	}
	const card = facts.cards.get(c.who.cardNumber);
	if (!card) return err('unknown_card');
	if (card.card_holder_id === null) return err('no_household');
	if (card.holder_status !== 'verified') return err('resident_not_verified');
	return ok({
		householdId: card.id,
		residentId: card.card_holder_id,
		communityId: card.community_id
	});
}

/** The rules that need the facts: the point, the inspector's post, the household, the hours. */
export function resolve(c: Checked, facts: BatchFacts): Result<Resolved, RecordError> {
	const point = facts.points.get(c.input.pointId);
	if (!point || !point.active) return err('point_not_found');
	if (!can(c.inspector, 'sorting.record', point.path)) return err('not_assigned');
	if (!facts.assigned.has(`${point.id}:${c.inspector.id}`)) return err('not_assigned');
	const household = householdOf(c, facts);
	if (!household.ok) return household;
	if (household.value.communityId !== point.community_id) return err('outside_community');
	if (!acceptsCategory(point.categories.split(','), c.input.category)) {
		return err('category_not_accepted');
	}
	if (!isOpenAt(point, c.recordedAt)) return err('point_closed');
	const settings = facts.settings.get(point.community_id);
	if (!settings) throw new Error(`no settings for community ${point.community_id}`);
	const { householdId, residentId } = household.value;
	return ok({ communityId: point.community_id, householdId, residentId, settings });
}
