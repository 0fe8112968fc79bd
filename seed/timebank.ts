import type postgres from 'postgres';
import { PostingService } from '../web/src/lib/server/ledger/posting.service';
import { DEMO_COMMUNITY, DEMO_ORGANISER, DEMO_RESIDENT } from './accounts';

const DAY_MS = 86_400_000;
/** Points the demo community's pool starts with, so confirmed volunteering pays points. */
const DEMO_POOL_POINTS = 50_000;

interface Ids {
	communityId: number;
	organiserId: number;
	residentId: number;
	orgId: number | null;
}

async function demoIds(sql: postgres.Sql): Promise<Ids | null> {
	const [row] = await sql<{ community_id: number; organiser_id: number; resident_id: number }[]>`
		select c.id as community_id, o.id as organiser_id, r.id as resident_id
		from nodes c, users o, users r
		where c.name = ${DEMO_COMMUNITY} and c.level = 'community'
			and o.phone = ${DEMO_ORGANISER.phone} and r.phone = ${DEMO_RESIDENT.phone}`;
	if (!row) return null;
	const [org] = await sql<{ org_id: number }[]>`
		select m.org_id from organisation_members m join organisations g on g.id = m.org_id
		where m.user_id = ${row.organiser_id} and g.status = 'approved' limit 1`;
	return {
		communityId: row.community_id,
		organiserId: row.organiser_id,
		residentId: row.resident_id,
		orgId: org?.org_id ?? null
	};
}

/** The demo community's map point (北京街道, 越秀区, 广州): distances are measured from it. */
const DEMO_POINT = { latitude: 23.1253, longitude: 113.2695 };

/** Two activities within a kilometre of the community and one about 2 km away. */
const ACTIVITIES = [
	{
		title: '陪独居老人聊天散步',
		category: '助老',
		skills: ['company'],
		place: '盐运西社区活动室',
		latitude: 23.1265,
		longitude: 113.27,
		points: 10,
		days: 2,
		hour: 9,
		capacity: 6
	},
	{
		title: '楼道卫生大扫除',
		category: '清洁',
		skills: ['cleaning'],
		place: '盐运西 3 号楼',
		latitude: 23.1225,
		longitude: 113.272,
		points: 8,
		days: 4,
		hour: 14,
		capacity: 10
	},
	{
		title: '教老人用智能手机',
		category: '助老',
		skills: ['phone_help'],
		place: '社区党群服务中心',
		latitude: 23.142,
		longitude: 113.28,
		points: 12,
		days: 7,
		hour: 10,
		capacity: 4
	}
];

/**
 * Time-bank demo data for the demo community: three published activities on the map, the
 * community's own map point, one mutual-aid request by the demo resident, and a funded points
 * pool. Idempotent: it runs on every start and adds nothing once the demo activities exist; the
 * map point is only set where the community has no settings yet; the pool funding has a fixed
 * idempotency key.
 */
export async function seedTimebank(sql: postgres.Sql, now: Date = new Date()): Promise<void> {
	const ids = await demoIds(sql);
	if (!ids) return;
	const [seen] =
		await sql`select 1 from activities where community_id = ${ids.communityId} and title = ${ACTIVITIES[0]?.title ?? ''}`;
	if (!seen) await insertDemo(sql, ids, now);
	await placeCommunity(sql, ids.communityId);
	await fundPool(sql, ids);
}

async function insertDemo(sql: postgres.Sql, ids: Ids, now: Date): Promise<void> {
	const midnight =
		Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - 8 * 3_600_000;
	await sql.begin(async (tx) => {
		for (const a of ACTIVITIES) {
			const start = new Date(midnight + a.days * DAY_MS + a.hour * 3_600_000);
			const [row] = await tx<{ id: number }[]>`
				insert into activities (node_id, community_id, org_id, created_by, title, description, category,
					skills, place, latitude, longitude, points_per_hour, signup_deadline, status)
				values (${ids.communityId}, ${ids.communityId}, ${ids.orgId}, ${ids.organiserId}, ${a.title},
					${'欢迎邻居们一起参加，不需要经验。'}, ${a.category}, ${a.skills}, ${a.place}, ${a.latitude},
					${a.longitude}, ${a.points},
					${new Date(start.getTime() - DAY_MS / 2).toISOString()}::timestamptz, 'published')
				returning id`;
			if (!row) throw new Error('seed: activity not inserted');
			await tx`insert into activity_slots (activity_id, starts_at, ends_at, capacity, minutes_credited)
				values (${row.id}, ${start.toISOString()}::timestamptz,
					${new Date(start.getTime() + 2 * 3_600_000).toISOString()}::timestamptz, ${a.capacity}, 120)`;
		}
		const [post] = await tx<{ id: number }[]>`
			insert into aid_posts (community_id, kind, author_id, title, description, category, estimated_minutes, place)
			values (${ids.communityId}, 'request', ${ids.residentId}, ${'周二上午陪我去医院复查'},
				${'腿脚不太方便，需要有人陪着排队拿药。'}, ${'陪同就医'}, 180, ${'市第一人民医院'})
			returning id`;
		if (post) {
			await tx`insert into aid_events (post_id, type, actor_id) values (${post.id}, 'posted', ${ids.residentId})`;
		}
	});
}

/** Puts the community on the map unless its settings row exists (the committee may have chosen). */
async function placeCommunity(sql: postgres.Sql, communityId: number): Promise<void> {
	await sql`insert into timebank_settings (community_id, latitude, longitude)
		values (${communityId}, ${DEMO_POINT.latitude}, ${DEMO_POINT.longitude})
		on conflict (community_id) do nothing`;
}

async function fundPool(sql: postgres.Sql, ids: Ids): Promise<void> {
	const posting = new PostingService(sql);
	const open = async (kind: 'community_issuance' | 'community_pool') => {
		const account = await posting.ensureAccount({
			ownerType: 'community',
			ownerId: ids.communityId,
			asset: 'POINT',
			kind
		});
		if (!account.ok) throw new Error(`seed: ${account.error}`);
		return account.value.id;
	};
	const funded = await posting.transfer({
		idempotencyKey: `seed/timebank/points-pool:${ids.communityId}`,
		kind: 'pool.fund',
		reference: `community:${ids.communityId}`,
		actorId: 0,
		debitAccountId: await open('community_issuance'),
		creditAccountId: await open('community_pool'),
		asset: 'POINT',
		amount: DEMO_POOL_POINTS
	});
	if (!funded.ok) throw new Error(`seed: pool funding refused: ${funded.error}`);
}
