import { beforeAll, describe, expect, it } from 'vitest';
import { browseOffers } from '../../../web/src/lib/server/redemption/catalogue.service';
import { createOffer, setOfferStatus } from '../../../web/src/lib/server/redemption/offers.service';
import { setShopPoint, shopPoint } from '../../../web/src/lib/server/redemption/partner-location';
import {
	applyAsPartner,
	decideApplication
} from '../../../web/src/lib/server/redemption/partners.service';
import { createTestDatabase } from '../../helpers/db';
import { makeCommunity, makeUser, testDeps } from './fixtures';

const db = await createTestDatabase();
const deps = testDeps(db.sql);
const HOME_POINT = { latitude: 23.1253, longitude: 113.2695 };
/** About 200 m and about 2.2 km from the home community's point. */
const NEAR = { latitude: 23.1268, longitude: 113.2705 };
const FAR = { latitude: 23.1445, longitude: 113.2745 };

let home: { id: number; path: string };
let neighbour: { id: number };
let elsewhere: { id: number };
let resident: { id: number };
let committee: { id: number };
const partners: Record<'near' | 'far' | 'unmapped' | 'neighbour', number> = {
	near: 0,
	far: 0,
	unmapped: 0,
	neighbour: 0
};
let licence = 0;

async function sibling(of: { id: number }, name: string): Promise<{ id: number }> {
	const [row] = await db.sql<{ id: number }[]>`
		insert into nodes (parent_id, level, name)
		select parent_id, 'community', ${name} from nodes where id = ${of.id} returning id`;
	return row!;
}

/** An approved partner with one live offer in `communityIds`, its shop at `point`. */
async function partnerWithOffer(
	name: string,
	input: { communityIds: number[]; category: string; price: number; point: typeof NEAR | null }
): Promise<number> {
	const manager = await makeUser(db.sql, { communityId: input.communityIds[0]!, name: '黄志强' });
	licence++;
	const applied = await applyAsPartner(deps, manager.id, {
		name,
		licenceNo: `91440101MA${process.pid}C${licence}`,
		contactName: '黄志强',
		contactPhone: '13800000006',
		address: '花园路1号',
		categories: [input.category],
		communityIds: input.communityIds
	});
	if (!applied.ok) throw new Error(applied.error);
	const partnerId = applied.value.partnerId;
	for (const communityId of input.communityIds) {
		const decided = await decideApplication(deps, committee.id, {
			partnerId,
			communityId,
			approve: true,
			reason: null
		});
		if (!decided.ok) throw new Error(decided.error);
	}
	const now = deps.now().getTime();
	const created = await createOffer(deps, partnerId, {
		title: `${name}的服务`,
		description: '',
		category: input.category,
		pricePoints: input.price,
		stock: null,
		monthlyLimit: null,
		validFrom: new Date(now - 86_400_000),
		validUntil: new Date(now + 30 * 86_400_000),
		voucherDays: 14,
		communityIds: input.communityIds
	});
	if (!created.ok) throw new Error(created.error);
	await setOfferStatus(deps, partnerId, created.value.id, 'live');
	if (input.point) {
		const set = await setShopPoint(db.db, manager.id, { partnerId, point: input.point });
		if (!set.ok) throw new Error(set.error);
	}
	return partnerId;
}

const query = (extra: Partial<Parameters<typeof browseOffers>[1]> = {}) =>
	browseOffers(deps, {
		userId: resident.id,
		homeId: home.id,
		communityId: null,
		category: null,
		radiusKm: null,
		here: null,
		...extra
	});

beforeAll(async () => {
	home = await makeCommunity(db.sql, '花园社区');
	neighbour = await sibling(home, '河边社区');
	elsewhere = await makeCommunity(db.sql, '远方社区');
	await sibling(home, '没有服务的社区');
	resident = await makeUser(db.sql, { communityId: home.id, name: '王秀英' });
	committee = await makeUser(db.sql, { communityId: home.id, name: '陈主任' });
	await db.sql`insert into timebank_settings (community_id, latitude, longitude)
		values (${home.id}, ${HOME_POINT.latitude}, ${HOME_POINT.longitude})`;
	partners.near = await partnerWithOffer('惠民理发店', {
		communityIds: [home.id, neighbour.id],
		category: 'haircut',
		price: 300,
		point: NEAR
	});
	partners.far = await partnerWithOffer('康乐便利店', {
		communityIds: [home.id],
		category: 'groceries',
		price: 200,
		point: FAR
	});
	partners.unmapped = await partnerWithOffer('老广早茶馆', {
		communityIds: [home.id],
		category: 'food',
		price: 500,
		point: null
	});
	partners.neighbour = await partnerWithOffer('河边修鞋铺', {
		communityIds: [neighbour.id],
		category: 'repair',
		price: 100,
		point: NEAR
	});
});

const names = (offers: { partnerName: string }[]) => offers.map((o) => o.partnerName);

describe('the offer catalogue', () => {
	it('lists the home community’s live offers, each with its distance from the community', async () => {
		const c = await query();
		expect(c.community.id).toBe(home.id);
		expect(names(c.offers)).toEqual(['老广早茶馆', '康乐便利店', '惠民理发店']);
		expect(c.origin).toBe('community');
		expect(c.offers.every((o) => o.redeemable)).toBe(true);
		const distance = Object.fromEntries(c.offers.map((o) => [o.partnerName, o.distanceMetres]));
		expect(distance['惠民理发店']).toBeGreaterThan(150);
		expect(distance['惠民理发店']).toBeLessThan(250);
		expect(distance['康乐便利店']).toBeGreaterThan(2_000);
		expect(distance['康乐便利店']).toBeLessThan(2_400);
		expect(distance['老广早茶馆']).toBeNull();
		expect(c.categories).toEqual(['food', 'groceries', 'haircut']);
		expect(c.withoutPoint).toBe(0);
	});

	it('keeps only shops within the radius, nearest first, and counts the shops with no point', async () => {
		const within1 = await query({ radiusKm: 1 });
		expect(names(within1.offers)).toEqual(['惠民理发店']);
		expect(within1.withoutPoint).toBe(1);
		const within3 = await query({ radiusKm: 3 });
		expect(names(within3.offers)).toEqual(['惠民理发店', '康乐便利店']);
	});

	it('measures from the phone’s position when it was given', async () => {
		const c = await query({ radiusKm: 1, here: FAR });
		expect(c.origin).toBe('here');
		expect(names(c.offers)).toEqual(['康乐便利店']);
		expect(c.offers[0]!.distanceMetres).toBe(0);
	});

	it('narrows by category, and combines it with distance', async () => {
		expect(names((await query({ category: 'groceries' })).offers)).toEqual(['康乐便利店']);
		expect((await query({ category: 'groceries', radiusKm: 1 })).offers).toEqual([]);
	});

	it('shows a neighbouring community’s offers, marked when the resident cannot redeem them', async () => {
		const c = await query({ communityId: neighbour.id });
		expect(c.community).toEqual({ id: neighbour.id, name: '河边社区' });
		const redeemable = Object.fromEntries(c.offers.map((o) => [o.partnerName, o.redeemable]));
		// The barber serves both communities; the cobbler only the neighbour.
		expect(redeemable).toEqual({ 河边修鞋铺: false, 惠民理发店: true });
		expect(c.categories).toEqual(['haircut', 'repair']);
	});

	it('offers the street’s communities that have offers, home first, and ignores any other', async () => {
		const c = await query({ communityId: elsewhere.id });
		expect(c.communities.map((x) => x.name)).toEqual(['花园社区', '河边社区']);
		expect(c.community.id).toBe(home.id);
	});

	it('cannot measure anything when neither the phone nor the community gave a point', async () => {
		const lonely = await makeCommunity(db.sql, '没有地图的社区');
		const someone = await makeUser(db.sql, { communityId: lonely.id });
		const c = await browseOffers(deps, {
			userId: someone.id,
			homeId: lonely.id,
			communityId: null,
			category: null,
			radiusKm: 3,
			here: null
		});
		expect(c.origin).toBeNull();
		expect(c.withoutPoint).toBe(0);
		expect(c.communities.map((x) => x.name)).toEqual(['没有地图的社区']);
	});

	it('leaves out offers that are paused or past their window', async () => {
		const [offer] = await db.sql<{ id: number }[]>`
			select id from offers where partner_id = ${partners.far}`;
		await setOfferStatus(deps, partners.far, offer!.id, 'paused');
		expect(names((await query()).offers)).not.toContain('康乐便利店');
		expect((await query()).categories).not.toContain('groceries');
		await setOfferStatus(deps, partners.far, offer!.id, 'live');
		deps.clock.now = new Date(Date.now() + 60 * 86_400_000);
		try {
			expect((await query()).offers).toEqual([]);
		} finally {
			deps.clock.now = new Date();
		}
	});
});

describe('the shop’s map point', () => {
	it('is set and cleared by the manager, each change audited with before and after', async () => {
		const [manager] = await db.sql<{ id: number }[]>`
			select user_id as id from partner_staff where partner_id = ${partners.unmapped}`;
		const point = { latitude: 23.13, longitude: 113.28 };
		expect(await setShopPoint(db.db, manager!.id, { partnerId: partners.unmapped, point })).toEqual(
			{ ok: true, value: point }
		);
		expect(await shopPoint(db.db, partners.unmapped)).toEqual(point);
		await setShopPoint(db.db, manager!.id, { partnerId: partners.unmapped, point: null });
		expect(await shopPoint(db.db, partners.unmapped)).toBeNull();
		const audit = await db.sql<{ before: unknown; after: unknown }[]>`
			select before, after from audit_events where action = 'partner.location'
				and target_id = ${String(partners.unmapped)} order by id`;
		expect(audit).toEqual([
			{ before: { latitude: null, longitude: null }, after: point },
			{ before: point, after: { latitude: null, longitude: null } }
		]);
	});

	it('refuses a point off the globe, and the database refuses half a point', async () => {
		expect(
			await setShopPoint(db.db, committee.id, {
				partnerId: partners.near,
				point: { latitude: 91, longitude: 0 }
			})
		).toEqual({ ok: false, error: 'point_invalid' });
		expect(await shopPoint(db.db, partners.near)).toEqual(NEAR);
		await expect(
			db.sql`update partners set longitude = null where id = ${partners.near}`
		).rejects.toThrow(/partners_point_whole/);
		await expect(
			db.sql`update partners set latitude = 123 where id = ${partners.near}`
		).rejects.toThrow(/partners_point_on_earth/);
	});

	it('is not found for a partner that does not exist', async () => {
		expect(await setShopPoint(db.db, committee.id, { partnerId: 999_999, point: NEAR })).toEqual({
			ok: false,
			error: 'not_found'
		});
	});
});
