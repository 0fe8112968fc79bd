import { and, asc, between, eq, gte, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
	boundingBox,
	byDistance,
	matchingSkills,
	wordsFor,
	type Point,
	type RadiusKm,
	type SkillCode,
	type WithDistance
} from '$lib/domain/timebank';
import { activities, activitySlots, nodes } from '../../../../../db/schema';
import type { TimebankDeps } from './deps';
import { findPerson } from './people';
import { communityPoint } from './place.service';
import { skillsOf } from './skills.service';

/** The list is short on purpose: a phone shows a few screens, not a catalogue. */
const LIST_LIMIT = 100;
/** The community that runs an activity (its audience may be the whole street). */
const host = alias(nodes, 'host');

export interface ActivityFilter {
	/** The viewer's community path: only activities for it are listed. */
	communityPath: string;
	from: Date;
	category?: string;
	/** Only activities run by this community. */
	hostId?: number;
	/** Only activities that need one of these stored skill words. */
	skillWords?: readonly string[];
	/** Only activities whose point is inside the box, or that have no point at all. */
	near?: { centre: Point; radiusMetres: number };
}

/** Published activities for the viewer's community that still have a slot to come. */
export async function listActivities(deps: TimebankDeps, f: ActivityFilter) {
	const conditions: (SQL | undefined)[] = [
		eq(activities.status, 'published'),
		sql`${f.communityPath} like ${nodes.path} || '%'`,
		gte(activitySlots.endsAt, f.from)
	];
	if (f.category) conditions.push(eq(activities.category, f.category));
	if (f.hostId) conditions.push(eq(activities.communityId, f.hostId));
	if (f.skillWords) {
		const words = sql.join(
			f.skillWords.map((w) => sql`${w}`),
			sql`, `
		);
		conditions.push(sql`${activities.skills} && array[${words}]::text[]`);
	}
	if (f.near) {
		const box = boundingBox(f.near.centre, f.near.radiusMetres);
		conditions.push(
			or(
				isNull(activities.latitude),
				and(
					between(activities.latitude, box.minLatitude, box.maxLatitude),
					between(activities.longitude, box.minLongitude, box.maxLongitude)
				)
			)
		);
	}
	return deps.db
		.select({
			id: activities.id,
			title: activities.title,
			category: activities.category,
			skills: activities.skills,
			place: activities.place,
			latitude: activities.latitude,
			longitude: activities.longitude,
			pointsPerHour: activities.pointsPerHour,
			hostId: activities.communityId,
			hostName: host.name,
			nextStart: sql<Date>`min(${activitySlots.startsAt})`.mapWith((v: string) => new Date(v))
		})
		.from(activities)
		.innerJoin(nodes, eq(nodes.id, activities.nodeId))
		.innerJoin(host, eq(host.id, activities.communityId))
		.innerJoin(activitySlots, eq(activitySlots.activityId, activities.id))
		.where(and(...conditions))
		.groupBy(activities.id, host.id)
		.orderBy(asc(sql`min(${activitySlots.startsAt})`))
		.limit(LIST_LIMIT);
}

type Listed = Awaited<ReturnType<typeof listActivities>>[number];
export type BrowsedActivity = WithDistance<Listed> & { matches: SkillCode[] };

export interface BrowseInput {
	userId: number;
	from: Date;
	category?: string;
	/** Only activities run by this community. */
	hostId?: number;
	/** Only activities that need a skill the resident listed. */
	mySkillsOnly: boolean;
	/** Only activities within this many kilometres, nearest first. */
	radiusKm: RadiusKm | null;
	/** Where the phone says the resident is; without it, the community's point is used. */
	here: Point | null;
}

export interface Browse {
	activities: BrowsedActivity[];
	/** Where distances were measured from; null when neither the phone nor the community gave one. */
	origin: 'here' | 'community' | null;
	mySkills: SkillCode[];
	/** With a radius: activities left out because they have no map point. */
	withoutPoint: number;
	/** Categories of the activities open to the resident, for the filter's choices. */
	categories: string[];
	/** The communities running activities open to the resident (theirs first), for the filter. */
	hosts: { id: number; name: string }[];
	/** The resident's own community. */
	homeId: number | null;
}

/**
 * The activity list as a resident asked for it: their community's published activities, narrowed
 * by date, category, their skills and distance. Distances are measured from the phone's position
 * when it was given, else from the community's map point; each activity carries its distance and
 * the resident's skills it needs.
 */
export async function browseActivities(deps: TimebankDeps, input: BrowseInput): Promise<Browse> {
	const me = await findPerson(deps.db, input.userId);
	const mySkills = await skillsOf(deps.db, input.userId);
	const home = me?.communityId ? await communityPoint(deps.db, me.communityId) : null;
	const centre = input.here ?? home;
	const origin: Browse['origin'] = input.here ? 'here' : home ? 'community' : null;
	const nothing = {
		activities: [],
		origin,
		mySkills,
		withoutPoint: 0,
		homeId: me?.communityId ?? null
	};
	if (!me?.communityPath) return { ...nothing, categories: [], hosts: [] };
	const choices = await choicesFor(deps, me.communityPath, input.from, me.communityId);
	if (input.mySkillsOnly && mySkills.length === 0) return { ...nothing, ...choices };
	const radiusMetres = input.radiusKm && centre ? input.radiusKm * 1000 : null;
	const rows = await listActivities(deps, {
		communityPath: me.communityPath,
		from: input.from,
		category: input.category,
		hostId: input.hostId,
		skillWords: input.mySkillsOnly ? wordsFor(mySkills) : undefined,
		near: radiusMetres && centre ? { centre, radiusMetres } : undefined
	});
	const measured = byDistance(rows, centre, radiusMetres);
	return {
		activities: measured.map((a) => ({ ...a, matches: matchingSkills(a.skills, mySkills) })),
		origin,
		mySkills,
		withoutPoint: radiusMetres ? rows.filter((r) => r.latitude === null).length : 0,
		homeId: me.communityId,
		...choices
	};
}

/** The categories and running communities of the activities open to a resident. */
async function choicesFor(
	deps: TimebankDeps,
	communityPath: string,
	from: Date,
	homeId: number | null
) {
	const rows = await deps.db
		.selectDistinct({ category: activities.category, hostId: host.id, hostName: host.name })
		.from(activities)
		.innerJoin(nodes, eq(nodes.id, activities.nodeId))
		.innerJoin(host, eq(host.id, activities.communityId))
		.innerJoin(activitySlots, eq(activitySlots.activityId, activities.id))
		.where(
			and(
				eq(activities.status, 'published'),
				sql`${communityPath} like ${nodes.path} || '%'`,
				gte(activitySlots.endsAt, from)
			)
		);
	const categories = [...new Set(rows.map((r) => r.category))].sort();
	const hosts = [...new Map(rows.map((r) => [r.hostId, r.hostName])).entries()]
		.map(([id, name]) => ({ id, name }))
		.sort(
			(a, b) => Number(b.id === homeId) - Number(a.id === homeId) || a.name.localeCompare(b.name)
		);
	return { categories, hosts };
}
