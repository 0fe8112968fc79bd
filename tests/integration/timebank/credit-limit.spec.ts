import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, timebankSettings } from '../../../db/schema';
import {
	hourIssuanceAccount,
	residentHourAccount
} from '../../../web/src/lib/server/timebank/accounts';
import {
	creditLimitOf,
	setCreditLimit
} from '../../../web/src/lib/server/timebank/settings.service';
import { createTestDatabase } from '../../helpers/db';
import { clock, depsFor, person, places, type Subject } from './fixtures';

const db = await createTestDatabase();
const time = clock('2026-05-01T08:00:00Z');
const deps = depsFor(db, time.now);
let world: Awaited<ReturnType<typeof places>>;
let committee: Subject;

async function floorOf(who: Subject, communityId = world.home.id) {
	const id = await residentHourAccount(deps, who.id, communityId);
	return (await deps.posting.balances([id])).get(id)?.floor;
}

let spent = 0;
/** `who` uses `minutes` of hours they have not earned (paid back to the community). */
async function spend(who: Subject, minutes: number) {
	return deps.posting.transfer({
		idempotencyKey: `test/spend/${++spent}`,
		kind: 'test.spend',
		reference: 'test',
		actorId: who.id,
		debitAccountId: await residentHourAccount(deps, who.id, world.home.id),
		creditAccountId: await hourIssuanceAccount(deps, world.home.id),
		asset: 'HOUR',
		amount: minutes
	});
}

async function audits() {
	return db.db
		.select()
		.from(auditEvents)
		.where(
			and(
				eq(auditEvents.action, 'timebank.credit_limit'),
				eq(auditEvents.targetId, String(world.home.id))
			)
		);
}

beforeAll(async () => {
	world = await places(db);
	committee = await person(db, world.home, { roles: ['committee'] });
});

describe('the community credit limit', () => {
	it('should apply a new limit to existing and new residents, and audit it', async () => {
		const old = await person(db, world.home);
		expect(await floorOf(old)).toBe(-600);
		expect(await creditLimitOf(deps, world.home.id)).toBe(10);

		const set = await setCreditLimit(deps, committee, { communityId: world.home.id, hours: 5 });
		expect(set).toEqual({ ok: true, value: { hours: 5, accountsUpdated: 1 } });
		expect(await floorOf(old)).toBe(-300);
		expect(await floorOf(await person(db, world.home))).toBe(-300);
		expect(await creditLimitOf(deps, world.home.id)).toBe(5);

		// The ledger now holds residents to it.
		expect(await spend(old, 301)).toMatchObject({ ok: false, error: 'exceeds_floor' });
		expect((await spend(old, 300)).ok).toBe(true);

		const [entry] = await audits();
		expect(entry).toMatchObject({
			actorId: committee.id,
			nodePath: world.home.path,
			before: { creditLimitMinutes: null },
			after: { creditLimitMinutes: -300, accountsUpdated: 1 }
		});
	});

	it('should refuse a limit some residents already owe more than, changing nothing', async () => {
		const debtor = await person(db, world.home);
		await setCreditLimit(deps, committee, { communityId: world.home.id, hours: 8 });
		expect((await spend(debtor, 420)).ok).toBe(true);
		const auditsBefore = (await audits()).length;

		const refused = await setCreditLimit(deps, committee, {
			communityId: world.home.id,
			hours: 2
		});
		// The debtor (−7 h) and the resident of the first test (−5 h).
		expect(refused).toEqual({ ok: false, error: 'residents_below_limit', below: 2 });
		expect(await floorOf(debtor)).toBe(-480);
		expect(await creditLimitOf(deps, world.home.id)).toBe(8);
		expect((await audits()).length).toBe(auditsBefore);

		expect(await setCreditLimit(deps, committee, { communityId: world.home.id, hours: 7 })).toEqual(
			{ ok: true, value: { hours: 7, accountsUpdated: expect.any(Number) } }
		);
		expect(await floorOf(debtor)).toBe(-420);
		// Raising it again always works.
		const raised = await setCreditLimit(deps, committee, {
			communityId: world.home.id,
			hours: 50
		});
		expect(raised.ok).toBe(true);
		expect(await floorOf(debtor)).toBe(-3000);
	});

	it('should leave other communities alone', async () => {
		const elsewhere = await person(db, world.other);
		expect(await floorOf(elsewhere, world.other.id)).toBe(-600);
		const [row] = await db.db
			.select()
			.from(timebankSettings)
			.where(eq(timebankSettings.communityId, world.other.id));
		expect(row).toBeUndefined();
	});

	it('should let only the committee of that community set it, to whole hours 0–50', async () => {
		const resident = await person(db, world.home);
		const otherCommittee = await person(db, world.other, { roles: ['committee'] });
		const organiser = await person(db, world.home, { roles: ['organiser'] });
		const home = world.home.id;
		for (const who of [resident, otherCommittee, organiser]) {
			expect(await setCreditLimit(deps, who, { communityId: home, hours: 3 })).toEqual({
				ok: false,
				error: 'forbidden'
			});
		}
		expect(
			await setCreditLimit(deps, committee, { communityId: world.street.id, hours: 3 })
		).toEqual({ ok: false, error: 'not_found' });
		for (const hours of [-1, 51, 2.5]) {
			expect(await setCreditLimit(deps, committee, { communityId: home, hours })).toEqual({
				ok: false,
				error: 'hours_invalid'
			});
		}
		expect(await creditLimitOf(deps, home)).toBe(50);
	});
});
