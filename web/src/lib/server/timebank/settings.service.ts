import { eq } from 'drizzle-orm';
import { can, type AccessSubject } from '$lib/domain/access';
import { creditLimitFloor, creditLimitHours } from '$lib/domain/timebank';
import { err, ok } from '$core/shared';
import { nodes, timebankSettings, users } from '../../../../../db/schema';
import { record } from '../audit';
import { setResidentHourFloors } from '../ledger/floors';
import { creditLimitMinutes } from './accounts';
import type { TimebankDeps } from './deps';

export type CreditLimitError =
	'not_found' | 'forbidden' | 'hours_invalid' | 'residents_below_limit';

/** `below`: with 'residents_below_limit', how many residents already owe more than the limit. */
export type CreditLimitResult =
	| { ok: true; value: { hours: number; accountsUpdated: number } }
	| { ok: false; error: CreditLimitError; below?: number };

/** The community's credit limit in whole hours (10 when never set). */
export async function creditLimitOf(deps: TimebankDeps, communityId: number): Promise<number> {
	return creditLimitHours(await creditLimitMinutes(deps, communityId));
}

/**
 * The committee sets how many hours residents may use before earning them. The limit applies to
 * every resident of the community at once: new hour accounts open at it and existing ones move to
 * it, so neighbours are never held to different rules. Lowering it below what someone already
 * owes is refused, with the number of such residents, and nothing changes; they keep their debt
 * and the committee can choose a larger limit or wait. Audited as `timebank.credit_limit`.
 */
export async function setCreditLimit(
	deps: TimebankDeps,
	user: AccessSubject,
	input: { communityId: number; hours: number }
): Promise<CreditLimitResult> {
	const floor = creditLimitFloor(input.hours);
	if (!floor.ok) return floor;
	return deps.db.transaction<CreditLimitResult>(async (tx) => {
		const [place] = await tx.select().from(nodes).where(eq(nodes.id, input.communityId));
		if (!place || place.level !== 'community') return err('not_found');
		if (!can(user, 'settings.manage', place.path)) return err('forbidden');
		const [before] = await tx
			.select()
			.from(timebankSettings)
			.where(eq(timebankSettings.communityId, place.id))
			.for('update');
		const residents = await tx
			.select({ id: users.id })
			.from(users)
			.where(eq(users.communityId, place.id));
		const moved = await setResidentHourFloors(
			tx,
			residents.map((r) => r.id),
			floor.value
		);
		if (!moved.ok) {
			if (moved.error === 'balances_below_floor') {
				return { ok: false, error: 'residents_below_limit', below: moved.below };
			}
			return err('hours_invalid');
		}
		const next = { creditLimitMinutes: floor.value, updatedAt: deps.now() };
		await tx
			.insert(timebankSettings)
			.values({ communityId: place.id, ...next })
			.onConflictDoUpdate({ target: timebankSettings.communityId, set: next });
		await record(tx, {
			actorId: user.id,
			action: 'timebank.credit_limit',
			target: { type: 'community', id: place.id },
			nodePath: place.path,
			before: { creditLimitMinutes: before?.creditLimitMinutes ?? null },
			after: { creditLimitMinutes: floor.value, accountsUpdated: moved.updated },
			at: deps.now()
		});
		return ok({ hours: input.hours, accountsUpdated: moved.updated });
	});
}
