import type postgres from 'postgres';
import { PostingService } from '../web/src/lib/server/ledger/posting.service';
import { DEMO_COMMUNITY, DEMO_INSPECTOR, DEMO_RESIDENT } from './accounts';
import { ADVISORY_LOCKS } from '../db/locks';

/** The demo community's sorting budget: enough for every demo and e2e run. */
const POOL_POINTS = 100_000;

const GUIDE: [string, string, string][] = [
	['剩饭剩菜', 'food', '沥干水再扔'],
	['果皮', 'food', ''],
	['菜叶', 'food', ''],
	['鸡蛋壳', 'food', ''],
	['茶叶渣', 'food', ''],
	['旧报纸', 'recyclable', '叠好捆起来'],
	['纸箱', 'recyclable', '压扁'],
	['塑料瓶', 'recyclable', '倒干净，可以压扁'],
	['易拉罐', 'recyclable', ''],
	['旧衣服', 'recyclable', '装袋'],
	['废电池', 'hazardous', '不要和别的垃圾混在一起'],
	['过期药品', 'hazardous', '连同包装一起'],
	['废灯管', 'hazardous', '小心别打碎'],
	['油漆桶', 'hazardous', ''],
	['用过的纸巾', 'residual', '湿了的纸不能回收'],
	['尿不湿', 'residual', ''],
	['烟头', 'residual', ''],
	['陶瓷碎片', 'residual', '包好再扔，免得割手']
];

/**
 * Waste-sorting demo data: two collection points with the demo inspector, two households (the
 * demo resident's first), the platform's "what goes where" guide, and points in the demo
 * community's pool. Safe to run on every start: each part is skipped when it is already there,
 * and the pool funding is keyed, so the ledger never pays it twice. A database without the demo
 * community (a real one) is left alone.
 */
export async function seedSorting(sql: postgres.Sql): Promise<void> {
	const [community] = await sql<{ id: number }[]>`
		select id from nodes where name = ${DEMO_COMMUNITY} and level = 'community'`;
	if (!community) return;
	await sql.begin(async (tx) => {
		await tx`select pg_advisory_xact_lock(${ADVISORY_LOCKS.seedSorting})`;
		await seedGuide(tx);
		const [exists] = await tx`select 1 from sorting_points where community_id = ${community.id}`;
		if (!exists) await seedPlaces(tx, community.id);
	});
	await fundPool(sql, community.id);
}

async function seedGuide(tx: postgres.TransactionSql) {
	const [exists] = await tx`select 1 from sorting_guide_items where community_id is null`;
	if (exists) return;
	const rows = GUIDE.map(([name, category, hint]) => ({ name, category, hint }));
	await tx`insert into sorting_guide_items ${tx(rows)}`;
}

async function seedPlaces(tx: postgres.TransactionSql, communityId: number) {
	const points = await tx<{ id: number }[]>`
		insert into sorting_points (community_id, name, location, opens, closes, categories)
		values
			(${communityId}, '盐运西路24小时投放点', '盐运西路12号楼下', '00:00', '00:00',
				${['food', 'recyclable', 'hazardous', 'residual']}),
			(${communityId}, '豪贤路定时投放点', '豪贤路8号门口', '07:00', '21:00', ${['food', 'residual']})
		returning id`;
	const [inspector] = await tx<
		{ id: number }[]
	>`select id from users where phone = ${DEMO_INSPECTOR.phone}`;
	if (inspector) {
		for (const p of points) {
			await tx`insert into sorting_inspectors (point_id, user_id) values (${p.id}, ${inspector.id})`;
		}
	}
	const [resident] = await tx<
		{ id: number }[]
	>`select id from users where phone = ${DEMO_RESIDENT.phone}`;
	const neighbours = await tx<{ id: number }[]>`
		select id from users where community_id = ${communityId} and status = 'verified'
			and phone <> ${DEMO_RESIDENT.phone}
			and not exists (select 1 from role_grants g where g.user_id = users.id)
		order by id limit 2`;
	const households: [string, string, string, number[]][] = [
		['盐运西路12号', '3单元502', 'YYX-0001', resident ? [resident.id] : []],
		['豪贤路8号', '1单元201', 'YYX-0002', neighbours.map((n) => n.id)]
	];
	for (const [building, unit, card, members] of households) {
		const [h] = await tx<{ id: number }[]>`
			insert into sorting_households (community_id, building, unit, card_number, card_holder_id)
			values (${communityId}, ${building}, ${unit}, ${card}, ${members[0] ?? null}) returning id`;
		for (const userId of members) {
			await tx`insert into sorting_household_members (user_id, household_id) values (${userId}, ${h?.id ?? 0})`;
		}
	}
}

async function fundPool(sql: postgres.Sql, communityId: number) {
	const posting = new PostingService(sql);
	const open = async (kind: 'community_pool' | 'community_issuance') => {
		const r = await posting.ensureAccount({
			ownerType: 'community',
			ownerId: communityId,
			asset: 'POINT',
			kind
		});
		if (!r.ok) throw new Error(`seed: cannot open ${kind}: ${r.error}`);
		return r.value.id;
	};
	const result = await posting.transfer({
		idempotencyKey: `seed:sorting-pool:${communityId}`,
		actorId: 0,
		kind: 'adjustment',
		reference: `community:${communityId}`,
		debitAccountId: await open('community_issuance'),
		creditAccountId: await open('community_pool'),
		asset: 'POINT',
		amount: POOL_POINTS
	});
	if (!result.ok) throw new Error(`seed: cannot fund the sorting pool: ${result.error}`);
}
