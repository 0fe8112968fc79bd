import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { can, scopesFor, type AccessSubject } from '$lib/domain/access';
import { err, ok, type Result } from '$core/shared';
import {
	activities,
	activitySignups,
	activitySlots,
	nodes,
	organisationMembers,
	organisations,
	type Activity,
	type ActivitySlot
} from '../../../../../db/schema';
import { pathInScopes } from '../access/grants.repository';
import { notify } from '../notifications/notify';
import type { TimebankDeps } from './deps';

export interface SlotInput {
	startsAt: Date;
	endsAt: Date;
	capacity: number;
	minutesCredited: number;
}

export interface ActivityInput {
	communityId: number;
	title: string;
	description: string;
	category: string;
	skills: string[];
	place: string;
	latitude: number | null;
	longitude: number | null;
	geofenceMetres: number | null;
	pointsPerHour: number;
	signupDeadline: Date;
	slot: SlotInput;
	publish: boolean;
	/**
	 * Who may sign up: the community's own residents (the default), or every community of its
	 * street. The community pays the hours either way.
	 */
	audience?: Audience;
}

export type Audience = 'community' | 'street';

export type ActivityError =
	| 'not_found'
	| 'forbidden'
	| 'not_a_community'
	| 'deadline_after_start'
	| 'slot_in_past'
	| 'bad_state';

async function communityNode(deps: TimebankDeps, id: number) {
	const [node] = await deps.db.select().from(nodes).where(eq(nodes.id, id));
	return node?.level === 'community' ? node : null;
}

/** The approved organisation the organiser publishes for: one working at or above the community. */
async function organisationOf(deps: TimebankDeps, userId: number, communityPath: string) {
	const [row] = await deps.db
		.select({ id: organisations.id })
		.from(organisationMembers)
		.innerJoin(organisations, eq(organisations.id, organisationMembers.orgId))
		.innerJoin(nodes, eq(nodes.id, organisations.nodeId))
		.where(
			and(
				eq(organisationMembers.userId, userId),
				eq(organisations.status, 'approved'),
				sql`${communityPath} like ${nodes.path} || '%'`
			)
		)
		.limit(1);
	return row?.id ?? null;
}

/** Organisers and committee members publish for a community in their reach. */
export async function createActivity(
	deps: TimebankDeps,
	user: AccessSubject,
	input: ActivityInput
): Promise<Result<Activity, ActivityError>> {
	const community = await communityNode(deps, input.communityId);
	if (!community) return err('not_a_community');
	const path = community.path;
	if (!can(user, 'activity.publish', path)) return err('forbidden');
	if (input.slot.startsAt.getTime() <= deps.now().getTime()) return err('slot_in_past');
	if (input.signupDeadline.getTime() > input.slot.startsAt.getTime()) {
		return err('deadline_after_start');
	}
	const { slot, publish, communityId, audience, ...fields } = input;
	// A community always sits under a street, so the parent is the street.
	const nodeId = audience === 'street' ? (community.parentId ?? communityId) : communityId;
	const orgId = await organisationOf(deps, user.id, path);
	return deps.db.transaction(async (tx) => {
		const [activity] = await tx
			.insert(activities)
			.values({
				...fields,
				orgId,
				nodeId,
				communityId,
				createdBy: user.id,
				status: publish ? 'published' : 'draft'
			})
			.returning();
		if (!activity) throw new Error('insert returned no row');
		await tx.insert(activitySlots).values({ ...slot, activityId: activity.id });
		return ok(activity);
	});
}

export async function addSlot(
	deps: TimebankDeps,
	user: AccessSubject,
	activityId: number,
	slot: SlotInput
): Promise<Result<ActivitySlot, ActivityError>> {
	const found = await managedActivity(deps, user, activityId);
	if (!found.ok) return found;
	if (slot.startsAt.getTime() <= deps.now().getTime()) return err('slot_in_past');
	const [row] = await deps.db
		.insert(activitySlots)
		.values({ ...slot, activityId })
		.returning();
	if (!row) throw new Error('insert returned no row');
	return ok(row);
}

/**
 * The activity, if `user` may manage it (publish, take attendance, confirm). Managers are those
 * of the community that runs and pays for it, even when its audience is the whole street.
 */
export async function managedActivity(
	deps: TimebankDeps,
	user: AccessSubject,
	activityId: number
): Promise<Result<Activity & { path: string }, ActivityError>> {
	const [row] = await deps.db
		.select({ activity: activities, path: nodes.path })
		.from(activities)
		.innerJoin(nodes, eq(nodes.id, activities.communityId))
		.where(eq(activities.id, activityId));
	if (!row) return err('not_found');
	if (!can(user, 'activity.confirm', row.path)) return err('forbidden');
	return ok({ ...row.activity, path: row.path });
}

/**
 * Moves an activity along draft → published → finished, or cancels it; cancelling tells every
 * signed-up and waiting volunteer.
 */
export async function setActivityStatus(
	deps: TimebankDeps,
	user: AccessSubject,
	activityId: number,
	to: 'published' | 'cancelled' | 'finished'
): Promise<Result<Activity, ActivityError>> {
	const found = await managedActivity(deps, user, activityId);
	if (!found.ok) return found;
	const from = found.value.status;
	const allowed =
		(to === 'published' && from === 'draft') ||
		(to === 'cancelled' && (from === 'draft' || from === 'published')) ||
		(to === 'finished' && from === 'published');
	if (!allowed) return err('bad_state');
	const [updated] = await deps.db
		.update(activities)
		.set({ status: to })
		.where(and(eq(activities.id, activityId), eq(activities.status, from)))
		.returning();
	if (!updated) return err('bad_state');
	if (to === 'cancelled') await tellCancelled(deps, updated);
	return ok(updated);
}

async function tellCancelled(deps: TimebankDeps, activity: Activity): Promise<void> {
	const people = await deps.db
		.selectDistinct({ userId: activitySignups.userId })
		.from(activitySignups)
		.innerJoin(activitySlots, eq(activitySlots.id, activitySignups.slotId))
		.where(
			and(
				eq(activitySlots.activityId, activity.id),
				inArray(activitySignups.status, ['signed_up', 'waiting'])
			)
		);
	for (const { userId } of people) {
		await notify(deps.db, {
			userId,
			type: 'activity_cancelled',
			params: { title: activity.title },
			link: `/activities/${activity.id}`
		});
	}
}

/** One activity with its slots and how many places each has taken and waiting. */
export async function getActivity(deps: TimebankDeps, activityId: number) {
	const [row] = await deps.db
		.select({ activity: activities, path: nodes.path })
		.from(activities)
		.innerJoin(nodes, eq(nodes.id, activities.nodeId))
		.where(eq(activities.id, activityId));
	if (!row) return null;
	const slots = await deps.db
		.select({
			slot: activitySlots,
			taken: sql<number>`count(*) filter (where ${activitySignups.status} = 'signed_up')`.mapWith(
				Number
			),
			waiting: sql<number>`count(*) filter (where ${activitySignups.status} = 'waiting')`.mapWith(
				Number
			)
		})
		.from(activitySlots)
		.leftJoin(activitySignups, eq(activitySignups.slotId, activitySlots.id))
		.where(eq(activitySlots.activityId, activityId))
		.groupBy(activitySlots.id)
		.orderBy(asc(activitySlots.startsAt));
	return { ...row.activity, path: row.path, slots };
}

/** An activity as `viewer` may see it: a draft is shown only to those who manage it. */
export async function visibleActivity(
	deps: TimebankDeps,
	viewer: AccessSubject,
	activityId: number
): Promise<Awaited<ReturnType<typeof getActivity>>> {
	const activity = await getActivity(deps, activityId);
	if (activity?.status !== 'draft') return activity;
	return (await managedActivity(deps, viewer, activityId)).ok ? activity : null;
}

/** Activities `user` may manage, newest first: those in the places where they organise. */
export async function listManaged(deps: TimebankDeps, user: AccessSubject) {
	const scopes = scopesFor(user, 'activity.confirm');
	if (scopes.length === 0) return [];
	return deps.db
		.select({ id: activities.id, title: activities.title, status: activities.status })
		.from(activities)
		.innerJoin(nodes, eq(nodes.id, activities.communityId))
		.where(pathInScopes(scopes))
		.orderBy(desc(activities.createdAt))
		.limit(200);
}
