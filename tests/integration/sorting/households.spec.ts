import { beforeAll, describe, expect, it } from 'vitest';
import { nodes, roleGrants, users } from '../../../db/schema';
import { localDay } from '../../../web/src/lib/domain/sorting';
import { phoneColumns } from '../../../web/src/lib/server/crypto';
import { gridStats } from '../../../web/src/lib/server/sorting/grid-stats.service';
import {
	householdsOfCommunity,
	pendingJoinRequests
} from '../../../web/src/lib/server/sorting/household-list';
import {
	addMember,
	createHousehold,
	gridsOfCommunity,
	setHouseholdGrid
} from '../../../web/src/lib/server/sorting/households.service';
import {
	committeeToNotify,
	decideJoin,
	requestToJoin
} from '../../../web/src/lib/server/sorting/join-requests.service';
import { createTestDatabase } from '../../helpers/db';
import { clock, depsFor, person, places, type Person } from './fixtures';

const db = await createTestDatabase();
const time = clock();
const deps = depsFor(db, time.now);

let place: Awaited<ReturnType<typeof places>>;
let committee: Person;
let grids: { id: number; name: string }[];
let otherGrid: number;

async function grid(parentId: number, name: string) {
	const [row] = await db.db.insert(nodes).values({ parentId, level: 'grid', name }).returning();
	if (!row) throw new Error('no grid');
	return row.id;
}

/** A resident registered the way the app does it now: the number only encrypted and hashed. */
async function registered(communityId: number, phone: string, displayName: string) {
	const [row] = await db.db
		.insert(users)
		.values({
			displayName,
			passwordHash: 'x',
			communityId,
			status: 'verified',
			...phoneColumns(phone)
		})
		.returning();
	if (!row) throw new Error('no user');
	return { ...row, roles: [] };
}

async function notes(userId: number) {
	return db.sql<{ type: string; params: Record<string, string>; link: string }[]>`
		select type, params, link from notifications where user_id = ${userId} order by id`;
}

beforeAll(async () => {
	place = await places(db);
	committee = await person(db, place.home, { roles: ['committee'] });
	await grid(place.home.id, '第二网格');
	await grid(place.home.id, '第一网格');
	otherGrid = await grid(place.other.id, '乙社区网格');
	grids = await gridsOfCommunity(deps, place.home.id);
});

describe('households and grids', () => {
	it('should list only the grids directly under the community, in the order they were made', () => {
		expect(grids.map((g) => g.name)).toEqual(['第二网格', '第一网格']);
	});

	it('should put a new household in a grid of its community and refuse another community’s', async () => {
		const [first] = grids;
		const made = await createHousehold(deps, committee, place.home.id, {
			building: '5号楼',
			unit: '101',
			cardNumber: 'G-0001',
			gridId: first!.id
		});
		expect(made.ok).toBe(true);
		const refused = await createHousehold(deps, committee, place.home.id, {
			building: '5号楼',
			unit: '102',
			cardNumber: 'G-0002',
			gridId: otherGrid
		});
		expect(refused).toEqual({ ok: false, error: 'invalid_grid' });
		const listed = await householdsOfCommunity(deps, place.home.id);
		expect(listed.find((h) => h.cardNumber === 'G-0001')?.gridId).toBe(first!.id);
		expect(listed.some((h) => h.cardNumber === 'G-0002')).toBe(false);
	});

	it('should move a household between grids, or out of them, for the committee only', async () => {
		const [first, second] = grids;
		const id = await createHousehold(deps, committee, place.home.id, {
			building: '6号楼',
			unit: '201',
			cardNumber: 'G-0003',
			gridId: null
		});
		if (!id.ok) throw new Error(id.error);
		expect(await setHouseholdGrid(deps, committee, id.value, second!.id)).toEqual({
			ok: true,
			value: null
		});
		expect(await setHouseholdGrid(deps, committee, id.value, otherGrid)).toEqual({
			ok: false,
			error: 'invalid_grid'
		});
		const resident = await person(db, place.home);
		expect(await setHouseholdGrid(deps, resident, id.value, first!.id)).toEqual({
			ok: false,
			error: 'forbidden'
		});
		const strangers = await person(db, place.other, { roles: ['committee'] });
		expect(await setHouseholdGrid(deps, strangers, id.value, first!.id)).toEqual({
			ok: false,
			error: 'forbidden'
		});
		// Households count from the day they were made (the database's real today).
		const today = localDay(new Date());
		const range = { from: today, to: today, period: 'month' as const };
		const households = async () =>
			(await gridStats(deps, place.home.id, range)).totals.map((r) => [r.grid, r.households]);
		expect(await households()).toContainEqual([second!.id, 1]);
		expect(await setHouseholdGrid(deps, committee, id.value, null)).toMatchObject({ ok: true });
		expect(await households()).toContainEqual([second!.id, 0]);
	});
});

describe('adding a member by phone', () => {
	it('should find a resident whose number is stored encrypted, and show it masked', async () => {
		const id = await createHousehold(deps, committee, place.home.id, {
			building: '7号楼',
			unit: '301',
			cardNumber: 'P-0001',
			gridId: null
		});
		if (!id.ok) throw new Error(id.error);
		const resident = await registered(place.home.id, '13912345678', '陈阿姨');
		expect(await addMember(deps, committee, id.value, '139 1234 5678')).toEqual({
			ok: true,
			value: null
		});
		const listed = await householdsOfCommunity(deps, place.home.id);
		const home = listed.find((h) => h.id === id.value);
		expect(home?.members).toEqual([
			{ householdId: id.value, id: resident.id, name: '陈阿姨', phone: '139****5678' }
		]);
		expect(home?.cardHolderId).toBe(resident.id);
		expect(await addMember(deps, committee, id.value, '13900000000')).toEqual({
			ok: false,
			error: 'unknown_person'
		});
		expect(await addMember(deps, committee, id.value, 'not a phone')).toEqual({
			ok: false,
			error: 'unknown_person'
		});
	});
});

describe('finding households', () => {
	it('should search building, flat and card number within the community, and cap the list', async () => {
		const cards = async (q?: string, limit?: number) =>
			(await householdsOfCommunity(deps, place.home.id, { q, limit })).map((h) => h.cardNumber);
		expect(await cards('g-000')).toEqual(['G-0001', 'G-0003']);
		expect(await cards('6号楼')).toEqual(['G-0003']);
		expect(await cards('301')).toEqual(['P-0001']);
		expect(await cards('%')).toEqual([]);
		expect(await cards(undefined, 2)).toHaveLength(2);
		expect(await householdsOfCommunity(deps, place.other.id, { q: 'G-0001' })).toEqual([]);
	});
});

describe('join requests', () => {
	it('should tell the community’s own committee, not the street’s, and the resident the answer', async () => {
		const [street] = await db.db
			.insert(users)
			.values({ displayName: '街道', passwordHash: 'x', ...phoneColumns('13811112222') })
			.returning();
		await db.db
			.insert(roleGrants)
			.values({ userId: street!.id, role: 'committee', nodeId: place.street.id });
		expect(await committeeToNotify(deps.sql, place.home.id)).toEqual([committee.id]);
		const household = await createHousehold(deps, committee, place.home.id, {
			building: '8号楼',
			unit: '402',
			cardNumber: 'J-0001',
			gridId: null
		});
		if (!household.ok) throw new Error(household.error);
		const resident = await registered(place.home.id, '13922223333', '李伯');
		expect(await requestToJoin(deps, resident, 'j-0001')).toEqual({ ok: true, value: null });
		expect(await requestToJoin(deps, resident, 'J-0001')).toEqual({
			ok: false,
			error: 'already_requested'
		});
		expect(await notes(committee.id)).toContainEqual({
			type: 'sorting.join_request',
			params: { name: '李伯', building: '8号楼', unit: '402' },
			link: `/committee/sorting/households?community=${place.home.id}`
		});
		expect(await notes(street!.id)).toEqual([]);

		const [request] = await pendingJoinRequests(deps, place.home.id);
		expect(request).toMatchObject({
			name: '李伯',
			phone: '139****3333',
			householdId: household.value,
			building: '8号楼',
			unit: '402',
			cardNumber: 'J-0001'
		});
		expect(await decideJoin(deps, committee, request!.id, true)).toEqual({ ok: true, value: null });
		expect(await decideJoin(deps, committee, request!.id, false)).toEqual({
			ok: false,
			error: 'not_found'
		});
		expect(await notes(resident.id)).toEqual([
			{
				type: 'sorting.join_approved',
				params: { building: '8号楼', unit: '402' },
				link: '/sorting'
			}
		]);
		const members = (await householdsOfCommunity(deps, place.home.id)).find(
			(h) => h.id === household.value
		)!.members;
		expect(members.map((m) => m.id)).toEqual([resident.id]);
	});

	it('should tell the street committee when the community has none, and the resident a no', async () => {
		const [street] = await db.sql<{ user_id: number }[]>`
			select user_id from role_grants where node_id = ${place.street.id} and role = 'committee'`;
		const [other] = await db.db
			.insert(nodes)
			.values({ parentId: place.street.id, level: 'community', name: '丙社区' })
			.returning();
		expect(await committeeToNotify(deps.sql, other!.id)).toEqual([street!.user_id]);

		const household = await createHousehold(deps, committee, place.home.id, {
			building: '9号楼',
			unit: '501',
			cardNumber: 'J-0002',
			gridId: null
		});
		if (!household.ok) throw new Error(household.error);
		const resident = await registered(place.home.id, '13933334444', '王姐');
		expect(await requestToJoin(deps, resident, 'J-0002')).toMatchObject({ ok: true });
		const [request] = await db.sql<{ id: number }[]>`
			select id from sorting_join_requests where user_id = ${resident.id}`;
		const outsider = await person(db, place.home);
		expect(await decideJoin(deps, outsider, request!.id, true)).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(await decideJoin(deps, committee, request!.id, false)).toMatchObject({ ok: true });
		expect((await notes(resident.id)).map((n) => n.type)).toEqual(['sorting.join_declined']);
		expect(await pendingJoinRequests(deps, place.home.id)).toEqual([]);
		const [member] = await db.sql`
			select 1 from sorting_household_members where user_id = ${resident.id}`;
		expect(member).toBeUndefined();
	});
});
