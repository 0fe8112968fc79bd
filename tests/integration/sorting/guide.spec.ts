import { beforeAll, describe, expect, it } from 'vitest';
import {
	addGuideItem,
	editGuideItem,
	guideItems,
	removeGuideItem,
	setPlatformItemHidden
} from '../../../web/src/lib/server/sorting/guide.service';
import { createTestDatabase } from '../../helpers/db';
import { clock, depsFor, person, places, type Person } from './fixtures';

const db = await createTestDatabase();
const deps = depsFor(db, clock().now);
let place: Awaited<ReturnType<typeof places>>;
let committee: Person;
let outsider: Person;
let battery: number;
let peel: number;

const names = (items: { name: string }[]) => items.map((i) => i.name);

beforeAll(async () => {
	place = await places(db);
	committee = await person(db, place.home, { roles: ['committee'] });
	outsider = await person(db, place.other, { roles: ['committee'] });
	const rows = await db.sql<{ id: number; name: string }[]>`
		insert into sorting_guide_items (community_id, name, category, hint) values
			(null, '废电池', 'hazardous', '投进红色的有害垃圾桶'),
			(null, '果皮', 'food', '沥干水再扔')
		returning id, name`;
	battery = rows.find((r) => r.name === '废电池')!.id;
	peel = rows.find((r) => r.name === '果皮')!.id;
});

describe('the sorting guide', () => {
	it('lists the platform items for everyone, searchable by name or tip', async () => {
		expect(names(await guideItems(deps, place.home.id))).toEqual(['果皮', '废电池']);
		expect(names(await guideItems(deps, place.home.id, '电池'))).toEqual(['废电池']);
		expect(names(await guideItems(deps, place.home.id, '沥干'))).toEqual(['果皮']);
		// Wildcards are looked for as themselves.
		expect(await guideItems(deps, place.home.id, '%')).toEqual([]);
	});

	it('lets the committee add, edit and remove its own items, only in its community', async () => {
		const added = await addGuideItem(deps, committee, place.home.id, {
			name: ' 旧衣服 ',
			category: 'recyclable',
			hint: '放进旧衣回收箱'
		});
		expect(added.ok).toBe(true);
		const id = added.ok ? added.value.id : 0;
		expect(names(await guideItems(deps, place.home.id))).toContain('旧衣服');
		expect(names(await guideItems(deps, place.other.id))).not.toContain('旧衣服');

		expect(
			await editGuideItem(deps, committee, place.home.id, id, {
				name: '旧衣物',
				category: 'recyclable',
				hint: '洗干净，叠好'
			})
		).toEqual({ ok: true, value: null });
		const [edited] = await guideItems(deps, place.home.id, '旧衣物');
		expect(edited).toMatchObject({
			name: '旧衣物',
			hint: '洗干净，叠好',
			communityId: place.home.id
		});

		expect(
			await addGuideItem(deps, outsider, place.home.id, {
				name: '纸箱',
				category: 'recyclable',
				hint: ''
			})
		).toEqual({ ok: false, error: 'forbidden' });
		expect(await removeGuideItem(deps, outsider, place.home.id, id)).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(await removeGuideItem(deps, committee, place.home.id, id)).toEqual({
			ok: true,
			value: null
		});
		expect(await removeGuideItem(deps, committee, place.home.id, id)).toEqual({
			ok: false,
			error: 'not_found'
		});
		const audit = await db.sql<{ before: unknown; after: unknown }[]>`
			select before, after from audit_events where action = 'sorting.guide'
				and target_id = ${String(id)} order by id`;
		expect(audit).toHaveLength(3);
		expect(audit[1]).toEqual({
			before: { name: '旧衣服', category: 'recyclable', hint: '放进旧衣回收箱' },
			after: { name: '旧衣物', category: 'recyclable', hint: '洗干净，叠好' }
		});
	});

	it('refuses a bad item, a name already in the guide, and changing the platform’s items', async () => {
		const bad = { name: '', category: 'recyclable', hint: '' };
		expect(await addGuideItem(deps, committee, place.home.id, bad)).toEqual({
			ok: false,
			error: 'invalid_request'
		});
		expect(
			await addGuideItem(deps, committee, place.home.id, {
				name: '水泥',
				category: 'rubble',
				hint: ''
			})
		).toEqual({ ok: false, error: 'invalid_request' });
		expect(
			await addGuideItem(deps, committee, place.home.id, {
				name: '废电池',
				category: 'residual',
				hint: ''
			})
		).toEqual({ ok: false, error: 'duplicate_name' });
		expect(
			await editGuideItem(deps, committee, place.home.id, battery, {
				name: '废电池',
				category: 'residual',
				hint: ''
			})
		).toEqual({ ok: false, error: 'not_found' });
		expect(await removeGuideItem(deps, committee, place.home.id, battery)).toEqual({
			ok: false,
			error: 'not_found'
		});
	});

	it('hides a platform item in one community only, and puts it back', async () => {
		expect(await setPlatformItemHidden(deps, committee, place.home.id, peel, true)).toEqual({
			ok: true,
			value: null
		});
		expect(names(await guideItems(deps, place.home.id))).not.toContain('果皮');
		expect(names(await guideItems(deps, place.other.id))).toContain('果皮');
		const forCommittee = await guideItems(deps, place.home.id, '', { withHidden: true });
		expect(forCommittee.find((i) => i.id === peel)).toMatchObject({ hidden: true });
		// Hidden, its name is free for the community's own wording.
		expect(
			(
				await addGuideItem(deps, committee, place.home.id, {
					name: '果皮',
					category: 'food',
					hint: '本社区：倒进绿色桶，袋子另扔'
				})
			).ok
		).toBe(true);
		expect(await setPlatformItemHidden(deps, committee, place.home.id, peel, false)).toEqual({
			ok: true,
			value: null
		});
		expect((await guideItems(deps, place.home.id, '果皮')).map((i) => i.hint)).toEqual(
			expect.arrayContaining(['沥干水再扔', '本社区：倒进绿色桶，袋子另扔'])
		);
		expect(await setPlatformItemHidden(deps, outsider, place.home.id, peel, true)).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(await setPlatformItemHidden(deps, committee, place.home.id, 999_999, true)).toEqual({
			ok: false,
			error: 'not_found'
		});
	});
});
