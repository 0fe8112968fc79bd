import type { TransactionSql } from 'postgres';

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
