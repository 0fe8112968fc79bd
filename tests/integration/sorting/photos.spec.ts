import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { householdView } from '../../../web/src/lib/server/sorting/history.service';
import { dropoffPhoto, photoResponse } from '../../../web/src/lib/server/sorting/photos.service';
import { recordDropoff } from '../../../web/src/lib/server/sorting/record.service';
import {
	dropoffsByInspector,
	dropoffsOfDay
} from '../../../web/src/lib/server/sorting/review.service';
import { createTestDatabase } from '../../helpers/db';
import {
	clock,
	depsFor,
	dropoff,
	fundPool,
	household,
	person,
	places,
	point,
	type Person
} from './fixtures';

const db = await createTestDatabase();
const time = clock();
const deps = depsFor(db, time.now);

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const TODAY = '2026-05-04';

let place: Awaited<ReturnType<typeof places>>;
let inspector: Person;
let resident: Person;
let withPhoto: string;
let withoutPhoto: string;

beforeAll(async () => {
	place = await places(db);
	inspector = await person(db, place.home, { roles: ['inspector'] });
	resident = await person(db, place.home);
	const gate = await point(db, place.home.id, [inspector.id]);
	await household(db, place.home.id, [resident.id]);
	await fundPool(deps, place.home.id, 1000);
	const photographed = dropoff(deps, gate.id, resident.id, {
		correct: false,
		note: '塑料袋里有剩饭',
		photo: { mime: 'image/jpeg', data: JPEG.toString('base64') }
	});
	const first = await recordDropoff(deps, inspector, photographed);
	if (!first.ok) throw new Error(first.error);
	// A minute later, so the two have a clear order.
	time.advance(60_000);
	const plain = dropoff(deps, gate.id, resident.id, { category: 'food' });
	const second = await recordDropoff(deps, inspector, plain);
	if (!second.ok) throw new Error(second.error);
	withPhoto = photographed.id;
	withoutPhoto = plain.id;
});

describe('who may see a drop-off photo', () => {
	it('should show it to the inspector who took it, the household and the committee', async () => {
		const committee = await person(db, place.home, { roles: ['committee'] });
		for (const who of [inspector, resident, committee]) {
			const photo = await dropoffPhoto(deps, who, withPhoto);
			expect(photo.ok && photo.value.mime).toBe('image/jpeg');
			expect(photo.ok && Buffer.from(photo.value.bytes).equals(JPEG)).toBe(true);
		}
		// The id as the phone sent it may be upper case.
		expect((await dropoffPhoto(deps, resident, withPhoto.toUpperCase())).ok).toBe(true);
	});

	it('should hide it from everyone else as if it did not exist', async () => {
		const neighbour = await person(db, place.home);
		const otherInspector = await person(db, place.home, { roles: ['inspector'] });
		const otherCommittee = await person(db, place.other, { roles: ['committee'] });
		const auditor = await person(db, place.home, { roles: ['auditor'] });
		for (const who of [neighbour, otherInspector, otherCommittee, auditor]) {
			expect(await dropoffPhoto(deps, who, withPhoto)).toEqual({ ok: false, error: 'not_found' });
		}
		for (const id of [withoutPhoto, randomUUID(), 'not-a-uuid', "x' or 1=1 --"]) {
			expect(await dropoffPhoto(deps, resident, id)).toEqual({ ok: false, error: 'not_found' });
		}
	});

	it('should never serve bytes that are not the picture type they claim', async () => {
		await db.sql`update sorting_photos set data = ${Buffer.from('<svg onload=alert(1)>').toString('base64')}
			where dropoff_id = ${withPhoto}`;
		expect(await dropoffPhoto(deps, inspector, withPhoto)).toEqual({
			ok: false,
			error: 'not_found'
		});
		await db.sql`update sorting_photos set data = ${JPEG.toString('base64')}
			where dropoff_id = ${withPhoto}`;
	});

	it('should answer with the type, nosniff, a sandbox and no shared caching', async () => {
		const photo = await dropoffPhoto(deps, resident, withPhoto);
		if (!photo.ok) throw new Error(photo.error);
		const response = photoResponse(photo.value);
		expect(Object.fromEntries(response.headers)).toMatchObject({
			'content-type': 'image/jpeg',
			'content-length': String(JPEG.length),
			'x-content-type-options': 'nosniff',
			'cache-control': 'private, max-age=300',
			'content-security-policy': "default-src 'none'; sandbox"
		});
		expect(Buffer.from(await response.arrayBuffer()).equals(JPEG)).toBe(true);
	});
});

describe('lists that open photos', () => {
	it('should mark the photo and the note in the household’s history', async () => {
		const view = await householdView(deps, resident.id);
		const lines = ('recent' in view ? view.recent : undefined) ?? [];
		expect(lines.map((d) => [d.id, d.has_photo, d.note])).toEqual([
			[withoutPhoto, false, null],
			[withPhoto, true, '塑料袋里有剩饭']
		]);
	});

	it('should filter the committee’s day list by wrong verdicts and photos', async () => {
		const ids = async (filter: 'all' | 'incorrect' | 'photo', day = TODAY) =>
			(await dropoffsOfDay(deps, place.home.id, day, filter)).map((d) => d.id);
		expect(await ids('all')).toEqual([withoutPhoto, withPhoto]);
		expect(await ids('incorrect')).toEqual([withPhoto]);
		expect(await ids('photo')).toEqual([withPhoto]);
		expect(await ids('all', '2026-05-03')).toEqual([]);
		expect(await dropoffsOfDay(deps, place.other.id, TODAY, 'all')).toEqual([]);
		const [line] = await dropoffsOfDay(deps, place.home.id, TODAY, 'photo');
		expect(line).toMatchObject({
			building: '1号楼',
			unit: '101',
			inspector: inspector.displayName,
			category: 'recyclable',
			correct: false,
			points: 0,
			reason: 'incorrect',
			note: '塑料袋里有剩饭',
			hasPhoto: true
		});
	});

	it('should list what an inspector recorded, newest first, and nobody else’s', async () => {
		expect((await dropoffsByInspector(deps, inspector.id)).map((d) => d.id)).toEqual([
			withoutPhoto,
			withPhoto
		]);
		expect(await dropoffsByInspector(deps, resident.id)).toEqual([]);
	});
});
