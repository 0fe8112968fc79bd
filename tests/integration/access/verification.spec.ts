import { describe, expect, it } from 'vitest';
import {
	DEMO_COMMITTEE,
	DEMO_RESIDENT,
	DEMO_STREET_COMMITTEE,
	DEMO_UNVERIFIED
} from '../../../seed/accounts';
import { seedIfEmpty } from '../../../seed/index';
import {
	approveResident,
	listPendingResidents,
	rejectResident
} from '../../../web/src/lib/server/members/verification.service';
import { createTestDatabase } from '../../helpers/db';
import { subjectByPhone } from './subject';

const db = await createTestDatabase({ max: 10 });
await seedIfEmpty(db.url);
const committee = await subjectByPhone(db, DEMO_COMMITTEE.phone);
const streetCommittee = await subjectByPhone(db, DEMO_STREET_COMMITTEE.phone);
const resident = await subjectByPhone(db, DEMO_RESIDENT.phone);

async function statusOf(userId: number) {
	const [row] = await db.sql<{ status: string; reason: string | null; by: number | null }[]>`
		select status::text, status_reason as reason, status_changed_by as by from users where id = ${userId}`;
	return row;
}

async function pendingElsewhere(communityName: string) {
	return db.sql<{ id: number }[]>`
		select u.id from users u join nodes n on n.id = u.community_id
		where u.status = 'unverified' and n.name = ${communityName} order by u.id`;
}

describe('listPendingResidents', () => {
	it('should list only the unverified residents of the committee member’s communities', async () => {
		const list = await listPendingResidents(db.db, committee);
		expect(list.length).toBeGreaterThan(0);
		expect(new Set(list.map((r) => r.communityName))).toEqual(new Set(['盐运西社区']));
		const demo = list.find((r) => r.displayName === DEMO_UNVERIFIED.name);
		expect(demo?.maskedPhone).toBe('138****0003');
		expect(demo?.registeredAt).toBeInstanceOf(Date);
	});

	it('should let a street committee see both communities of its street', async () => {
		const list = await listPendingResidents(db.db, streetCommittee);
		expect(new Set(list.map((r) => r.communityName))).toEqual(new Set(['盐运西社区', '仓边社区']));
	});

	it('should give a resident nothing', async () => {
		expect(await listPendingResidents(db.db, resident)).toEqual([]);
	});
});

describe('approve and reject', () => {
	it('should approve once and report the second approval as already decided', async () => {
		const [target] = await listPendingResidents(db.db, committee);
		if (!target) throw new Error('seed has no pending resident');
		expect(await approveResident(db.db, committee, target.id)).toEqual({
			ok: true,
			value: { displayName: target.displayName }
		});
		expect(await approveResident(db.db, committee, target.id)).toEqual({
			ok: false,
			error: 'already_decided'
		});
		expect(await statusOf(target.id)).toEqual({
			status: 'verified',
			reason: null,
			by: committee.id
		});
	});

	it('should require a reason to reject and store it for the resident', async () => {
		const [target] = await listPendingResidents(db.db, committee);
		if (!target) throw new Error('seed has no pending resident');
		expect(await rejectResident(db.db, committee, target.id, '   ')).toEqual({
			ok: false,
			error: 'reason_required'
		});
		expect(await rejectResident(db.db, committee, target.id, '长'.repeat(201))).toEqual({
			ok: false,
			error: 'reason_too_long'
		});
		expect((await statusOf(target.id))?.status).toBe('unverified');
		const result = await rejectResident(db.db, committee, target.id, ' 不是本社区居民 ');
		expect(result.ok).toBe(true);
		expect(await statusOf(target.id)).toEqual({
			status: 'rejected',
			reason: '不是本社区居民',
			by: committee.id
		});
	});

	it('should refuse a committee member of another community', async () => {
		const [other] = await pendingElsewhere('南兴社区');
		if (!other) throw new Error('seed has no pending resident in 南兴社区');
		expect(await approveResident(db.db, committee, other.id)).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(await approveResident(db.db, resident, other.id)).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(await approveResident(db.db, committee, 999_999)).toEqual({
			ok: false,
			error: 'not_found'
		});
		expect((await statusOf(other.id))?.status).toBe('unverified');
	});

	it('should change each person exactly once when approvals and rejections race', async () => {
		const targets = await listPendingResidents(db.db, streetCommittee);
		expect(targets.length).toBeGreaterThanOrEqual(2);
		for (const target of targets) {
			const results = await Promise.all([
				approveResident(db.db, committee, target.id),
				rejectResident(db.db, streetCommittee, target.id, '重复登记'),
				approveResident(db.db, streetCommittee, target.id)
			]);
			const winners = results.filter((r) => r.ok);
			const losers = results.filter((r) => !r.ok);
			const allowed = target.communityName === '盐运西社区' ? 1 : 0;
			// The community committee may only act in 盐运西社区; elsewhere its call is `forbidden`.
			expect(winners).toHaveLength(1);
			expect(losers.filter((r) => !r.ok && r.error === 'already_decided')).toHaveLength(
				1 + allowed
			);
			const final = await statusOf(target.id);
			expect(['verified', 'rejected']).toContain(final?.status);
		}
		expect(await listPendingResidents(db.db, streetCommittee)).toEqual([]);
	});
});
