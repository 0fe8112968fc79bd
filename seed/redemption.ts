import type postgres from 'postgres';
import type { TransactionSql } from 'postgres';
import { PostingService } from '../web/src/lib/server/ledger/posting.service';
import { DEMO_COMMUNITY, DEMO_RESIDENT } from './accounts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A few live offers per demo partner, so the catalogue is not empty on a fresh start. */
const OFFERS: Record<
	string,
	{
		title: string;
		description: string;
		category: string;
		price: number;
		stock: number | null;
		limit: number | null;
	}[]
> = {
	惠民理发店: [
		{
			title: '老人理发一次',
			description: '60岁以上居民，剪发加修面',
			category: 'haircut',
			price: 300,
			stock: 50,
			limit: 2
		},
		{
			title: '洗头吹干',
			description: '到店服务，约20分钟',
			category: 'haircut',
			price: 150,
			stock: null,
			limit: 4
		}
	],
	康乐便利店: [
		{
			title: '鸡蛋一盒（10个）',
			description: '到店领取',
			category: 'groceries',
			price: 200,
			stock: 100,
			limit: 1
		},
		{
			title: '大米5斤',
			description: '到店领取，可请店员送上门',
			category: 'groceries',
			price: 500,
			stock: 30,
			limit: 1
		}
	]
};

/**
 * Redemption demo data: each demo partner is approved for the communities on the street it was
 * seeded on, and gets the offers above, live for a year. Idempotent: partners that already have
 * community rows or offers are left as they are.
 */
export async function seedRedemption(tx: TransactionSql, now: Date = new Date()): Promise<void> {
	await tx`insert into partner_communities (partner_id, community_id, status, decided_at)
		select s.partner_id, c.id, 'approved', now()
		from partner_staff s join partners p on p.id = s.partner_id and p.status = 'approved'
		join role_grants g on g.user_id = s.user_id and g.role = 'partner'
		join nodes street on street.id = g.node_id
		join nodes c on c.level = 'community' and c.path like street.path || '%'
		where s.is_manager
		on conflict do nothing`;
	const partners = await tx<{ id: number; name: string }[]>`
		select id, name from partners p where status = 'approved'
			and not exists (select 1 from offers o where o.partner_id = p.id)`;
	for (const partner of partners) {
		for (const o of OFFERS[partner.name] ?? []) {
			const [row] = await tx<{ id: number }[]>`
				insert into offers (partner_id, title, description, category, price_points, stock, monthly_limit,
					valid_from, valid_until, status)
				values (${partner.id}, ${o.title}, ${o.description}, ${o.category}, ${o.price}, ${o.stock}, ${o.limit},
					${new Date(now.getTime() - DAY_MS).toISOString()}, ${new Date(now.getTime() + 365 * DAY_MS).toISOString()}, 'live')
				returning id`;
			if (!row) throw new Error(`seed: could not insert offer ${o.title}`);
			await tx`insert into offer_communities (offer_id, community_id)
				select ${row.id}, community_id from partner_communities
				where partner_id = ${partner.id} and status = 'approved'`;
		}
	}
}

/** Points the demo resident starts with, so the catalogue can be tried at once. */
const DEMO_WELCOME_POINTS = 2000;

/**
 * Gives the demo resident (the first 王秀英 of the demo community) welcome points from the
 * community's issuance account, through the posting service. Runs on every start; the fixed
 * idempotency key makes every run after the first a no-op.
 */
export async function seedRedemptionPoints(sql: postgres.Sql): Promise<void> {
	const [ids] = await sql<{ userId: number; communityId: number }[]>`
		select u.id as "userId", u.community_id as "communityId" from users u
		join nodes n on n.id = u.community_id
		where n.name = ${DEMO_COMMUNITY} and u.display_name = ${DEMO_RESIDENT.name}
		order by u.id limit 1`;
	if (!ids) return;
	const posting = new PostingService(sql);
	const from = await posting.ensureAccount({
		ownerType: 'community',
		ownerId: ids.communityId,
		asset: 'POINT',
		kind: 'community_issuance'
	});
	const to = await posting.ensureAccount({
		ownerType: 'user',
		ownerId: ids.userId,
		asset: 'POINT',
		kind: 'resident'
	});
	if (!from.ok || !to.ok) throw new Error('seed: cannot open the welcome points accounts');
	const posted = await posting.transfer({
		idempotencyKey: `seed/redemption/welcome:${ids.userId}`,
		kind: 'adjustment',
		reference: `seed/welcome/user:${ids.userId}`,
		actorId: 0,
		debitAccountId: from.value.id,
		creditAccountId: to.value.id,
		asset: 'POINT',
		amount: DEMO_WELCOME_POINTS
	});
	if (!posted.ok) throw new Error(`seed: welcome points refused: ${posted.error}`);
}
