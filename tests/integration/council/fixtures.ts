import { generateKeyPairSync } from 'node:crypto';
import { runMigrations } from 'graphile-worker';
import type { TestDatabase } from '../../helpers/db';
import type { AccessUser } from '../../../web/src/lib/server/access/guards';
import { signingKeyFrom } from '../../../web/src/lib/server/journal/signing-key';
import { PostingService } from '../../../web/src/lib/server/ledger';
import type { RealtimePort } from '../../../web/src/lib/server/realtime/realtime';
import {
	createProposal,
	openVote,
	reviewProposal,
	saveSettings,
	type CouncilDeps,
	type OpenVoteInput
} from '../../../web/src/lib/server/council';
import type { CouncilSettingsValues } from '../../../web/src/lib/server/council/settings';
import { unwrap } from '../../../chain/core/shared';

export const testKey = signingKeyFrom(generateKeyPairSync('ed25519').privateKey);

/** A real-time port that remembers what was published. */
export function recordingRealtime(): RealtimePort & {
	events: { channel: string; event: string; data: unknown }[];
} {
	const events: { channel: string; event: string; data: unknown }[] = [];
	return {
		events,
		async trigger(channel, event, data) {
			for (const c of Array.isArray(channel) ? channel : [channel]) {
				events.push({ channel: c, event, data });
			}
			return true;
		},
		async triggerBatch(batch) {
			events.push(...batch);
			return true;
		}
	};
}

export function makeDeps(
	db: TestDatabase,
	now: () => Date = () => new Date()
): CouncilDeps & { realtime: ReturnType<typeof recordingRealtime> } {
	return {
		sql: db.sql,
		posting: new PostingService(db.sql),
		key: testKey,
		realtime: recordingRealtime(),
		now
	};
}

let counter = 0;

/** city → district → street → community; returns the community. */
export async function community(db: TestDatabase): Promise<{ id: number; path: string }> {
	counter += 1;
	const [city] = await db.sql<
		{ id: number }[]
	>`insert into nodes (level, name) values ('city', ${`市${counter}`}) returning id`;
	const [district] = await db.sql<
		{ id: number }[]
	>`insert into nodes (parent_id, level, name) values (${city!.id}, 'district', '区') returning id`;
	const [street] = await db.sql<
		{ id: number }[]
	>`insert into nodes (parent_id, level, name) values (${district!.id}, 'street', '街道') returning id`;
	const [c] = await db.sql<{ id: number; path: string }[]>`
		insert into nodes (parent_id, level, name) values (${street!.id}, 'community', ${`社区${counter}`}) returning id, path`;
	return c!;
}

let phone = 13900000000;

/** Verified residents of `communityId`, verified a day ago unless told otherwise. */
export async function residents(
	db: TestDatabase,
	c: { id: number; path: string },
	count: number,
	options: { status?: AccessUser['status']; verifiedAt?: Date } = {}
): Promise<AccessUser[]> {
	const status = options.status ?? 'verified';
	const at = (options.verifiedAt ?? new Date(Date.now() - 86_400_000)).toISOString();
	const start = phone;
	phone += count;
	const rows = await db.sql<{ id: number; displayName: string }[]>`
		insert into users (phone, display_name, password_hash, community_id, status, status_changed_at)
		select (${start}::bigint + g)::text, '居民' || (${start}::bigint + g), 'x', ${c.id}, ${status}::user_status, ${at}::timestamptz
		from generate_series(1, ${count}) g order by g returning id, display_name as "displayName"`;
	return rows.map((r) => ({
		id: r.id,
		displayName: r.displayName,
		communityId: c.id,
		status,
		roles: [{ role: 'resident' as const, nodeId: c.id, nodePath: c.path }]
	}));
}

export async function committeeMember(
	db: TestDatabase,
	c: { id: number; path: string }
): Promise<AccessUser> {
	const [user] = await residents(db, c, 1);
	await db.sql`insert into role_grants (user_id, role, node_id) values (${user!.id}, 'committee', ${c.id})`;
	return {
		...user!,
		roles: [...user!.roles, { role: 'committee', nodeId: c.id, nodePath: c.path }]
	};
}

/** Puts points into the community's pool, from its issuance account. */
export async function fundPool(
	deps: CouncilDeps,
	communityId: number,
	amount: number
): Promise<void> {
	const issuance = unwrap(
		await deps.posting.ensureAccount({
			ownerType: 'community',
			ownerId: communityId,
			asset: 'POINT',
			kind: 'community_issuance'
		})
	);
	const pool = unwrap(
		await deps.posting.ensureAccount({
			ownerType: 'community',
			ownerId: communityId,
			asset: 'POINT',
			kind: 'community_pool'
		})
	);
	unwrap(
		await deps.posting.transfer({
			idempotencyKey: `fund:${communityId}:${amount}`,
			actorId: 0,
			kind: 'adjustment',
			reference: `community:${communityId}`,
			debitAccountId: issuance.id,
			creditAccountId: pool.id,
			asset: 'POINT',
			amount
		})
	);
}

export async function pointsOf(db: TestDatabase, userId: number): Promise<number> {
	const [r] = await db.sql<{ balance: number }[]>`
		select coalesce(sum(credits_posted - debits_posted), 0)::int as balance from ledger_accounts
		where owner_type = 'user' and owner_id = ${userId} and asset = 'POINT'`;
	return r?.balance ?? 0;
}

export const proposalInput = (title: string, estimatedCost = 1000) => ({
	title,
	problem: '楼道灯坏了，晚上看不见',
	solution: '换成声控灯',
	estimatedCost,
	location: '3号楼',
	imageUrls: [],
	submit: true
});

/** Installs graphile-worker's schema so closing jobs can be queued as in production. */
export async function installWorkerSchema(db: TestDatabase): Promise<void> {
	await runMigrations({ connectionString: db.url, logger: undefined });
}

/** Council amounts that award nothing, for specs about voting rather than points. */
export const NO_POINTS: CouncilSettingsValues = {
	pointsAccepted: 0,
	pointsPassed: 0,
	pointsPerVote: 0,
	votePointsMonthlyCap: 0,
	supportThreshold: 0
};

/**
 * What most council specs start from: a migrated database with the job schema, one community
 * with a committee member and `voters` verified residents, its point pool funded and its council
 * amounts saved.
 */
export async function councilWorld(
	db: TestDatabase,
	options: { voters: number; pool: number; settings?: CouncilSettingsValues }
) {
	await installWorkerSchema(db);
	const deps = makeDeps(db);
	const home = await community(db);
	const committee = await committeeMember(db, home);
	const voters = await residents(db, home, options.voters);
	await fundPool(deps, home.id, options.pool);
	await saveSettings(db.sql, home.id, options.settings ?? NO_POINTS, committee.id);
	return { deps, home, committee, voters };
}

/**
 * A fresh proposal by `author`, accepted by `committee` and put to a yes/no vote that opened a
 * second ago and closes in a minute (or as `overrides` say); returns the vote id.
 */
export async function openYesNoVote(
	deps: CouncilDeps,
	people: { author: AccessUser; committee: AccessUser; communityId: number },
	title: string,
	overrides: Partial<OpenVoteInput> = {}
): Promise<number> {
	const created = await createProposal(deps, people.author, proposalInput(title));
	if (!created.ok) throw new Error(created.error);
	await reviewProposal(deps, people.committee, created.value.id, { decision: 'accept' });
	const opened = await openVote(deps, people.committee, {
		communityId: people.communityId,
		title,
		method: 'yes_no',
		proposalIds: [created.value.id],
		budget: null,
		seats: 1,
		quorumPercent: 0,
		opensAt: new Date(Date.now() - 1000),
		closesAt: new Date(Date.now() + 60_000),
		byDecision: false,
		...overrides
	});
	if (!opened.ok) throw new Error(opened.error);
	return opened.value.id;
}
