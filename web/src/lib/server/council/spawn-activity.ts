import { err, ok, type Result } from '$core/shared';
import type { AccessUser } from '../access/guards';
import { createActivity, type ActivityError } from '../timebank/activities.service';
import type { TimebankDeps } from '../timebank/deps';
import { committeeOf } from './access';
import type { CouncilDeps } from './deps';
import type { CouncilError } from './errors';
import { findProposal, insertEvent } from './proposals.repository';

const DAY_MS = 86_400_000;

/**
 * One click from a passed proposal to a volunteer activity: a DRAFT activity in the proposal's
 * community, titled and described from the proposal, with one two-hour slot a week ahead. The
 * organiser or committee then adjusts and publishes it in the time bank. The timeline notes it.
 * Errors: 'not_found', 'forbidden', 'invalid_transition', and the time bank's own refusals.
 */
export async function spawnVolunteerActivity(
	deps: CouncilDeps,
	timebank: TimebankDeps,
	user: AccessUser,
	proposalId: number
): Promise<Result<{ activityId: number }, CouncilError | ActivityError>> {
	const p = await findProposal(deps.sql, proposalId);
	if (!p) return err('not_found');
	const allowed = await committeeOf(deps.sql, user, p.communityId);
	if (!allowed.ok) return allowed;
	if (p.state !== 'passed' && p.state !== 'implementation') return err('invalid_transition');
	const startsAt = new Date(deps.now().getTime() + 7 * DAY_MS);
	const created = await createActivity(timebank, user, {
		communityId: p.communityId,
		title: p.title,
		description: `${p.solution}\n\n/council/${p.id}`,
		category: 'council',
		skills: [],
		place: p.location,
		latitude: null,
		longitude: null,
		geofenceMetres: null,
		pointsPerHour: 0,
		signupDeadline: new Date(startsAt.getTime() - DAY_MS),
		slot: {
			startsAt,
			endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
			capacity: 10,
			minutesCredited: 120
		},
		publish: false
	});
	if (!created.ok) return created;
	await insertEvent(deps.sql, {
		proposalId,
		kind: 'progress',
		actorId: user.id,
		body: `activity:${created.value.id}`
	});
	return ok({ activityId: created.value.id });
}
