import { beforeAll, describe, expect, it } from 'vitest';
import {
	addStaff,
	applyAsPartner,
	decideApplication,
	removeStaff,
	staffOf
} from '../../../web/src/lib/server/redemption/partners.service';
import { createTestDatabase } from '../../helpers/db';
import { makeCommunity, makeUser, testDeps } from './fixtures';

const db = await createTestDatabase();
const deps = testDeps(db.sql);
let garden: { id: number };
let river: { id: number };
let manager: { id: number; phone: string };
let committee: { id: number };
let partnerId: number;

const partnerRoles = async (userId: number) =>
	(
		await db.sql<{ nodeId: number }[]>`select node_id as "nodeId" from role_grants
			where user_id = ${userId} and role = 'partner' order by node_id`
	).map((r) => r.nodeId);

beforeAll(async () => {
	garden = await makeCommunity(db.sql, '花园社区');
	river = await makeCommunity(db.sql, '河边社区');
	manager = await makeUser(db.sql, { communityId: garden.id, name: '黄志强' });
	committee = await makeUser(db.sql, { communityId: garden.id, name: '陈主任' });
	const applied = await applyAsPartner(deps, manager.id, {
		name: '好运理发店',
		licenceNo: '91440101MA5STAFF01',
		contactName: '黄志强',
		contactPhone: manager.phone,
		address: '花园路1号',
		categories: ['haircut'],
		communityIds: [garden.id, river.id]
	});
	if (!applied.ok) throw new Error(applied.error);
	partnerId = applied.value.partnerId;
});

describe('deciding an application', () => {
	it('tells the applicant, with the reason when it is a no', async () => {
		expect(
			await decideApplication(deps, committee.id, {
				partnerId,
				communityId: garden.id,
				approve: true,
				reason: null
			})
		).toEqual({ ok: true, value: undefined });
		expect(
			await decideApplication(deps, committee.id, {
				partnerId,
				communityId: river.id,
				approve: false,
				reason: '不在本社区经营'
			})
		).toEqual({ ok: true, value: undefined });
		const notices = await db.sql<{ type: string; params: unknown; link: string }[]>`
			select type, params, link from notifications where user_id = ${manager.id} order by id`;
		expect(notices).toEqual([
			{
				type: 'partner_approved',
				params: { partner: '好运理发店', community: '花园社区', reason: '' },
				link: '/partner'
			},
			{
				type: 'partner_rejected',
				params: { partner: '好运理发店', community: '河边社区', reason: '不在本社区经营' },
				link: '/partner'
			}
		]);
		expect(deps.events.filter((e) => e.channel === `private-user-${manager.id}`)).toHaveLength(2);
		expect(await partnerRoles(manager.id)).toEqual([garden.id]);
	});

	it('decides once: a second decision is refused and tells nobody again', async () => {
		expect(
			await decideApplication(deps, committee.id, {
				partnerId,
				communityId: river.id,
				approve: true,
				reason: null
			})
		).toEqual({ ok: false, error: 'already_decided' });
		const [n] = await db.sql<{ n: number }[]>`
			select count(*)::int as n from notifications where user_id = ${manager.id}`;
		expect(n!.n).toBe(2);
	});
});

describe('the manager’s staff', () => {
	it('adds a person by phone, who may then use the counter where the partner is approved', async () => {
		const clerk = await makeUser(db.sql, { communityId: garden.id, name: '李小红' });
		expect(await addStaff(deps, manager.id, partnerId, clerk.phone)).toEqual({
			ok: true,
			value: undefined
		});
		// Adding twice is harmless.
		expect((await addStaff(deps, manager.id, partnerId, clerk.phone)).ok).toBe(true);
		expect(await partnerRoles(clerk.id)).toEqual([garden.id]);
		const staff = await staffOf(deps, partnerId);
		expect(staff.map((s) => [s.name, s.isManager, s.phone])).toEqual([
			['黄志强', true, manager.phone],
			['李小红', false, clerk.phone]
		]);

		expect(await removeStaff(deps, manager.id, partnerId, clerk.id)).toEqual({
			ok: true,
			value: undefined
		});
		expect(await partnerRoles(clerk.id)).toEqual([]);
		expect((await staffOf(deps, partnerId)).map((s) => s.name)).toEqual(['黄志强']);
	});

	it('refuses an unknown number and the manager removing themselves', async () => {
		expect(await addStaff(deps, manager.id, partnerId, '13999999999')).toEqual({
			ok: false,
			error: 'user_not_found'
		});
		expect(await removeStaff(deps, manager.id, partnerId, manager.id)).toEqual({
			ok: false,
			error: 'cannot_remove_self'
		});
		expect(await partnerRoles(manager.id)).toEqual([garden.id]);
	});

	it('keeps the counter role of someone who still works for another partner there', async () => {
		const clerk = await makeUser(db.sql, { communityId: garden.id, name: '周阿姨' });
		const other = await applyAsPartner(deps, clerk.id, {
			name: '周记小卖部',
			licenceNo: '91440101MA5STAFF02',
			contactName: '周阿姨',
			contactPhone: clerk.phone,
			address: '花园路3号',
			categories: ['groceries'],
			communityIds: [garden.id]
		});
		if (!other.ok) throw new Error(other.error);
		await decideApplication(deps, committee.id, {
			partnerId: other.value.partnerId,
			communityId: garden.id,
			approve: true,
			reason: null
		});
		await addStaff(deps, manager.id, partnerId, clerk.phone);
		await removeStaff(deps, manager.id, partnerId, clerk.id);
		expect(await partnerRoles(clerk.id)).toEqual([garden.id]);
	});
});
