import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../../db/schema';
import {
	createActivity,
	getActivity,
	listManaged,
	managedActivity,
	setActivityStatus,
	visibleActivity
} from '../../../web/src/lib/server/timebank/activities.service';
import { browseActivities } from '../../../web/src/lib/server/timebank/browse.service';
import {
	communityPoint,
	setCommunityPoint
} from '../../../web/src/lib/server/timebank/place.service';
import { signUp } from '../../../web/src/lib/server/timebank/signup.service';
import {
	setSkills,
	skilledPerSlot,
	skillsOf
} from '../../../web/src/lib/server/timebank/skills.service';
import { createTestDatabase } from '../../helpers/db';
import { clock, depsFor, person, places, self, type Subject } from './fixtures';

const db = await createTestDatabase();
const time = clock('2026-05-01T08:00:00Z');
const deps = depsFor(db, time.now);
let world: Awaited<ReturnType<typeof places>>;
let organiser: Subject;
let committee: Subject;

/** The community centre and points north of it: 0.001° of latitude is about 111 m. */
const CENTRE = { latitude: 23.1253, longitude: 113.2695 };
const north = (metres: number) => ({
	latitude: CENTRE.latitude + metres / 111_195,
	longitude: CENTRE.longitude
});

async function publish(
	title: string,
	extra: { skills?: string[]; at?: typeof CENTRE | null; audience?: 'community' | 'street' }
) {
	const at = extra.at ?? null;
	const created = await createActivity(deps, organiser, {
		communityId: world.home.id,
		title,
		description: '',
		category: title.startsWith('清洁') ? '清洁' : '助老',
		skills: extra.skills ?? [],
		place: '社区',
		latitude: at?.latitude ?? null,
		longitude: at?.longitude ?? null,
		geofenceMetres: null,
		pointsPerHour: 10,
		signupDeadline: new Date('2026-05-02T00:00:00Z'),
		slot: {
			startsAt: new Date('2026-05-03T01:00:00Z'),
			endsAt: new Date('2026-05-03T03:00:00Z'),
			capacity: 1,
			minutesCredited: 120
		},
		publish: true,
		audience: extra.audience
	});
	if (!created.ok) throw new Error(created.error);
	return created.value.id;
}

const browse = (userId: number, input: Partial<Parameters<typeof browseActivities>[1]> = {}) =>
	browseActivities(deps, {
		userId,
		from: time.now(),
		mySkillsOnly: false,
		radiusKm: null,
		here: null,
		...input
	});

beforeAll(async () => {
	world = await places(db);
	organiser = await person(db, world.home, { roles: ['organiser'] });
	committee = await person(db, world.home, { roles: ['committee'] });
	await publish('陪聊（新）', { skills: ['company'], at: north(300) });
	await publish('陪聊（旧的自由文字）', { skills: ['聊天', '散步'], at: north(2_500) });
	await publish('教用手机', { skills: ['phone_help'], at: north(800) });
	await publish('清洁楼道', { at: null });
});

describe('resident skills', () => {
	it('should keep only vocabulary codes and replace the whole set on each save', async () => {
		const resident = await person(db, world.home);
		expect(await setSkills(db.db, resident.id, ['cooking', 'company', '做饭', 'company'])).toEqual([
			'company',
			'cooking'
		]);
		expect(await setSkills(db.db, resident.id, ['repair', 'company'])).toEqual([
			'company',
			'repair'
		]);
		expect(await skillsOf(db.db, resident.id)).toEqual(['company', 'repair']);
		expect(await setSkills(db.db, resident.id, [])).toEqual([]);
		expect(await skillsOf(db.db, resident.id)).toEqual([]);
	});

	it('should refuse a skill that is not a code at the database too', async () => {
		const resident = await person(db, world.home);
		await expect(
			db.sql`insert into resident_skills (user_id, skill) values (${resident.id}, ${'做 饭'})`
		).rejects.toThrow(/resident_skills_code_shape/);
	});
});

describe('matches my skills', () => {
	it('should list activities needing my skills, old free words included, with the badge', async () => {
		const resident = await person(db, world.home);
		await setSkills(db.db, resident.id, ['company']);
		const all = await browse(resident.id);
		expect(all.activities).toHaveLength(4);
		const badge = new Map(all.activities.map((a) => [a.title, a.matches]));
		expect(badge.get('陪聊（新）')).toEqual(['company']);
		expect(badge.get('陪聊（旧的自由文字）')).toEqual(['company']);
		expect(badge.get('教用手机')).toEqual([]);
		const mine = await browse(resident.id, { mySkillsOnly: true });
		expect(mine.activities.map((a) => a.title).sort()).toEqual([
			'陪聊（新）',
			'陪聊（旧的自由文字）'
		]);
	});

	it('should list nothing for "my skills" to someone who has none, and say which they have', async () => {
		const resident = await person(db, world.home);
		const result = await browse(resident.id, { mySkillsOnly: true });
		expect(result.activities).toEqual([]);
		expect(result.mySkills).toEqual([]);
		expect(result.categories).toEqual(['助老', '清洁']);
	});
});

describe('distance', () => {
	it('should measure nothing and filter nothing while the community has no map point', async () => {
		const resident = await person(db, world.home);
		const result = await browse(resident.id, { radiusKm: 1 });
		expect(result.origin).toBeNull();
		expect(result.activities).toHaveLength(4);
		expect(result.activities.every((a) => a.distanceMetres === null)).toBe(true);
	});

	it('should let the committee and the admin place a community, and nobody else', async () => {
		const resident = await person(db, world.home);
		const admin = await person(db, world.city, { roles: ['admin'] });
		const outsider = await person(db, world.other, { roles: ['committee'] });
		const place = (who: Subject, communityId = world.home.id) =>
			setCommunityPoint(deps, who, { communityId, point: CENTRE });
		expect(await place(resident)).toEqual({ ok: false, error: 'forbidden' });
		expect(await place(outsider)).toEqual({ ok: false, error: 'forbidden' });
		expect(await place(committee, world.street.id)).toEqual({ ok: false, error: 'not_found' });
		expect(
			await setCommunityPoint(deps, committee, {
				communityId: world.home.id,
				point: { latitude: 91, longitude: 0 }
			})
		).toEqual({ ok: false, error: 'point_invalid' });
		expect(await place(admin)).toEqual({ ok: true, value: CENTRE });
		expect(
			await setCommunityPoint(deps, admin, { communityId: world.home.id, point: null })
		).toEqual({ ok: true, value: null });
		expect(await communityPoint(db.db, world.home.id)).toBeNull();
		expect(await place(committee)).toEqual({ ok: true, value: CENTRE });
		expect(await communityPoint(db.db, world.home.id)).toEqual(CENTRE);
		const audited = await db.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.action, 'timebank.community_point'));
		expect(audited.map((e) => e.actorId)).toEqual([admin.id, admin.id, committee.id]);
		expect(audited[2]?.after).toEqual(CENTRE);
	});

	it('should measure from the community when the phone gives no position, nearest first', async () => {
		const resident = await person(db, world.home);
		const within1 = await browse(resident.id, { radiusKm: 1 });
		expect(within1.origin).toBe('community');
		expect(within1.activities.map((a) => [a.title, a.distanceMetres])).toEqual([
			['陪聊（新）', 300],
			['教用手机', 800]
		]);
		expect(within1.withoutPoint).toBe(1);
		const within3 = await browse(resident.id, { radiusKm: 3 });
		expect(within3.activities.map((a) => a.title)).toEqual([
			'陪聊（新）',
			'教用手机',
			'陪聊（旧的自由文字）'
		]);
	});

	it("should measure from the phone's position when given", async () => {
		const resident = await person(db, world.home);
		const result = await browse(resident.id, { radiusKm: 1, here: north(2_400) });
		expect(result.origin).toBe('here');
		expect(result.activities.map((a) => [a.title, a.distanceMetres])).toEqual([
			['陪聊（旧的自由文字）', 100]
		]);
	});

	it('should show distances without a radius, keeping the list in date order', async () => {
		const resident = await person(db, world.home);
		const result = await browse(resident.id);
		expect(result.activities).toHaveLength(4);
		const byTitle = new Map(result.activities.map((a) => [a.title, a.distanceMetres]));
		expect(byTitle.get('清洁楼道')).toBeNull();
		expect(byTitle.get('陪聊（旧的自由文字）')).toBe(2_500);
	});

	it('should combine distance and skills', async () => {
		const resident = await person(db, world.home);
		await setSkills(db.db, resident.id, ['company', 'phone_help']);
		const result = await browse(resident.id, { radiusKm: 1, mySkillsOnly: true });
		expect(result.activities.map((a) => a.title)).toEqual(['陪聊（新）', '教用手机']);
	});

	it('should not list another community’s activities however near', async () => {
		const stranger = await person(db, world.other);
		const result = await browse(stranger.id, { radiusKm: 10, here: CENTRE });
		expect(result.activities).toEqual([]);
	});
});

describe('skilled volunteers per slot', () => {
	it('should count signed-up volunteers with a needed skill, not the waiting ones', async () => {
		const activityId = await publish('陪聊（计数）', { skills: ['聊天', 'cooking'] });
		const slotId = (await getActivity(deps, activityId))?.slots[0]?.slot.id ?? 0;
		const skilled = await person(db, world.home);
		const waiting = await person(db, world.home);
		await setSkills(db.db, skilled.id, ['company', 'cooking']);
		await setSkills(db.db, waiting.id, ['company']);
		expect(await skilledPerSlot(db.db, activityId)).toEqual(new Map());
		await signUp(deps, await self(deps, skilled), slotId);
		expect(await signUp(deps, await self(deps, waiting), slotId)).toEqual({
			ok: true,
			value: 'waiting'
		});
		expect(await skilledPerSlot(db.db, activityId)).toEqual(new Map([[slotId, 1]]));
		const none = await publish('清洁（不需要技能）', {});
		expect(await skilledPerSlot(db.db, none)).toEqual(new Map());
	});
});

describe('an activity for the whole street', () => {
	it('should be listed and open to a neighbouring community, and still be managed by its own', async () => {
		const activityId = await publish('街道义诊', { audience: 'street', at: north(100) });
		const neighbour = await person(db, world.other);
		const seen = await browse(neighbour.id);
		expect(seen.activities.map((a) => [a.title, a.hostName])).toEqual([['街道义诊', '甲社区']]);
		expect(seen.homeId).toBe(world.other.id);
		expect(seen.hosts).toEqual([{ id: world.home.id, name: '甲社区' }]);
		const slotId = (await getActivity(deps, activityId))?.slots[0]?.slot.id ?? 0;
		expect(await signUp(deps, await self(deps, neighbour), slotId)).toEqual({
			ok: true,
			value: 'signed_up'
		});
		expect((await managedActivity(deps, organiser, activityId)).ok).toBe(true);
		expect((await listManaged(deps, organiser)).map((a) => a.id)).toContain(activityId);
		const otherOrganiser = await person(db, world.other, { roles: ['organiser'] });
		expect(await managedActivity(deps, otherOrganiser, activityId)).toEqual({
			ok: false,
			error: 'forbidden'
		});
	});

	it('should filter by the community that runs it, own community first in the choices', async () => {
		const resident = await person(db, world.home);
		const all = await browse(resident.id);
		expect(all.hosts).toEqual([{ id: world.home.id, name: '甲社区' }]);
		await createActivity(deps, await person(db, world.other, { roles: ['organiser'] }), {
			communityId: world.other.id,
			title: '乙社区的街道活动',
			description: '',
			category: '助老',
			skills: [],
			place: '乙社区',
			latitude: null,
			longitude: null,
			geofenceMetres: null,
			pointsPerHour: 0,
			signupDeadline: new Date('2026-05-02T00:00:00Z'),
			slot: {
				startsAt: new Date('2026-05-03T01:00:00Z'),
				endsAt: new Date('2026-05-03T03:00:00Z'),
				capacity: 5,
				minutesCredited: 60
			},
			publish: true,
			audience: 'street'
		});
		const both = await browse(resident.id);
		expect(both.hosts.map((h) => h.name)).toEqual(['甲社区', '乙社区']);
		const theirs = await browse(resident.id, { hostId: world.other.id });
		expect(theirs.activities.map((a) => a.title)).toEqual(['乙社区的街道活动']);
	});
});

describe('a draft', () => {
	it('should be shown only to those who manage it', async () => {
		const created = await createActivity(deps, organiser, {
			communityId: world.home.id,
			title: '还没发布的活动',
			description: '',
			category: '助老',
			skills: [],
			place: '社区',
			latitude: null,
			longitude: null,
			geofenceMetres: null,
			pointsPerHour: 0,
			signupDeadline: new Date('2026-05-02T00:00:00Z'),
			slot: {
				startsAt: new Date('2026-05-03T01:00:00Z'),
				endsAt: new Date('2026-05-03T03:00:00Z'),
				capacity: 5,
				minutesCredited: 60
			},
			publish: false
		});
		if (!created.ok) throw new Error(created.error);
		const id = created.value.id;
		const resident = await person(db, world.home);
		expect(await visibleActivity(deps, resident, id)).toBeNull();
		expect((await visibleActivity(deps, organiser, id))?.title).toBe('还没发布的活动');
		expect((await visibleActivity(deps, committee, id))?.status).toBe('draft');
		await setActivityStatus(deps, organiser, id, 'published');
		expect((await visibleActivity(deps, resident, id))?.status).toBe('published');
	});
});
