import { generateKeyPairSync } from 'node:crypto';
import postgres from 'postgres';
import { beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../../chain/core/shared';
import { drainOnce } from '../../../web/src/lib/server/journal/drain';
import { getReceipt } from '../../../web/src/lib/server/journal/receipt';
import { signingKeyFrom } from '../../../web/src/lib/server/journal/signing-key';
import { PostingService } from '../../../web/src/lib/server/ledger';
import {
	openWallet,
	walletHistory,
	type Wallet,
	type WalletDeps,
	type WalletEntry
} from '../../../web/src/lib/server/wallet';
import { createTestDatabase } from '../../helpers/db';
import { accountOf, creditLimit, meta, partner, person, places, type Person } from './fixtures';

const db = await createTestDatabase();
let clock = new Date('2026-06-01T02:00:00Z');
const posting = new PostingService(db.sql, { now: () => clock });
const deps: WalletDeps = { sql: db.sql, posting };
const key = signingKeyFrom(generateKeyPairSync('ed25519').privateKey);

let resident: Person;
let newcomer: Person;
let wallet: Wallet;

/** Moves the clock to 10:00 China time on day `n` of June 2026. */
const day = (n: number) => (clock = new Date(Date.UTC(2026, 5, n, 2, 0, 0)));

beforeAll(async () => {
	const { jia, yi } = await places(db);
	await creditLimit(db, yi.id, -300);
	resident = await person(db, jia, '王秀英', '13900000001');
	const neighbour = await person(db, jia, '李芳', '13900000002');
	newcomer = await person(db, yi, '赵新', '13900000003');
	const barber = await partner(db, '老街坊理发店');
	const hourIssuance = await accountOf(posting, 'community', jia.id, 'HOUR', 'community_issuance');
	const pointIssuance = await accountOf(
		posting,
		'community',
		jia.id,
		'POINT',
		'community_issuance'
	);
	const pool = await accountOf(posting, 'community', jia.id, 'POINT', 'community_pool');
	const receivable = await accountOf(posting, 'partner', barber, 'POINT', 'partner_receivable');
	const hours = await accountOf(posting, 'user', resident.id, 'HOUR', 'resident', -600);
	const points = await accountOf(posting, 'user', resident.id, 'POINT', 'resident');
	const theirs = await accountOf(posting, 'user', neighbour.id, 'HOUR', 'resident', -600);
	const move = async (kind: string, from: string, to: string, amount: number) =>
		unwrap(
			await posting.transfer({
				...meta(kind),
				debitAccountId: from,
				creditAccountId: to,
				asset: from === hours || from === hourIssuance ? 'HOUR' : 'POINT',
				amount
			})
		);
	const hold = async (amount: number) =>
		unwrap(
			await posting.hold({
				...meta('redeem.hold'),
				debitAccountId: points,
				creditAccountId: receivable,
				asset: 'POINT',
				amount,
				expiresAt: null
			})
		).id;
	day(1);
	await move('sponsor.fund', pointIssuance, pool, 500);
	await move('volunteer.hours', hourIssuance, hours, 120);
	day(2);
	await move('volunteer.points', pointIssuance, points, 20);
	day(3);
	await move('sorting.reward', pool, points, 80);
	day(4);
	await move('mutual_aid', hours, theirs, 90);
	day(5);
	await hold(30);
	day(6);
	unwrap(await posting.void({ ...meta('redeem.void'), holdId: await hold(10) }));
	day(7);
	unwrap(await posting.capture({ ...meta('redeem.capture'), holdId: await hold(25) }));
	day(8);
	const adjustment = await move('adjustment', pool, points, 5);
	unwrap(await posting.reverse({ ...meta('adjustment'), transferId: adjustment.id }));
	wallet = unwrap(await openWallet(deps, resident, resident.id));
});

describe('wallet balances', () => {
	it('should show posted, held and available hours with the credit limit', () => {
		expect(wallet.hours).toMatchObject({ asset: 'HOUR', posted: 30, held: 0, available: 30 });
		expect(wallet.hours.floor).toBe(-600);
	});

	it('should count an open hold as held: in the posted balance, not in the available one', () => {
		// 20 + 80 + 5 in; 25 captured and 5 reversed out; 30 still held; the voided 10 came back.
		expect(wallet.points).toMatchObject({ posted: 75, held: 30, available: 45, floor: 0 });
		expect(wallet.readOnly).toBe(false);
		expect(wallet.owner).toMatchObject({ displayName: '王秀英', communityName: '甲社区' });
	});

	it('should show a newcomer zeros and the credit limit their community set, opening nothing', async () => {
		const theirs = unwrap(await openWallet(deps, newcomer, newcomer.id));
		expect(theirs.hours).toEqual({
			asset: 'HOUR',
			accountId: null,
			posted: 0,
			held: 0,
			available: 0,
			floor: -300
		});
		expect(theirs.points).toMatchObject({ accountId: null, posted: 0, floor: 0 });
		const [opened] = await db.sql`
			select count(*)::int as n from ledger_accounts where owner_type = 'user' and owner_id = ${newcomer.id}`;
		expect(opened?.n).toBe(0);
		expect((await walletHistory(deps, theirs)).items).toEqual([]);
	});
});

async function everything(filter: Parameters<typeof walletHistory>[2] = {}, limit = 3) {
	const seen: WalletEntry[] = [];
	let cursor: number | null = null;
	let pages = 0;
	do {
		const page = await walletHistory(deps, wallet, { ...filter, limit, cursor });
		seen.push(...page.items);
		cursor = page.nextCursor;
		pages += 1;
	} while (cursor !== null && pages < 20);
	return { seen, pages };
}

describe('wallet history', () => {
	it('should page through both assets newest first, each entry once', async () => {
		const { seen, pages } = await everything();
		expect(seen).toHaveLength(11);
		expect(pages).toBe(4);
		expect(new Set(seen.map((e) => e.id)).size).toBe(11);
		const seqs = seen.map((e) => e.seq);
		expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
		const full = await walletHistory(deps, wallet, { limit: 50 });
		expect(full.items.map((e) => e.id)).toEqual(seen.map((e) => e.id));
		expect(full.nextCursor).toBeNull();
	});

	it('should filter by asset, by kind and by China-time days', async () => {
		const hours = await walletHistory(deps, wallet, { asset: 'HOUR', limit: 50 });
		expect(hours.items.map((e) => [e.kind, e.direction, e.amount])).toEqual([
			['mutual_aid', 'out', 90],
			['volunteer.hours', 'in', 120]
		]);
		const holds = await everything({ kind: 'redeem.hold' }, 2);
		expect(holds.seen.map((e) => e.amount)).toEqual([25, 10, 30]);
		const from = new Date('2026-06-02T16:00:00Z'); // 3 June, 00:00 in China
		const to = new Date('2026-06-04T16:00:00Z'); // 5 June, 00:00 in China
		const days = await walletHistory(deps, wallet, { from, to, limit: 50 });
		expect(days.items.map((e) => e.kind)).toEqual(['mutual_aid', 'sorting.reward']);
		const none = await walletHistory(deps, wallet, { asset: 'HOUR', kind: 'redeem.hold' });
		expect(none).toEqual({ items: [], nextCursor: null });
	});

	it('should name the other side in plain facts, never by phone', async () => {
		const { items } = await walletHistory(deps, wallet, { limit: 50 });
		const byKind = (kind: string) => items.find((e) => e.kind === kind);
		expect(byKind('mutual_aid')?.counterpart).toEqual({
			ownerType: 'user',
			accountKind: 'resident',
			asset: 'HOUR',
			name: '李芳'
		});
		expect(byKind('redeem.hold')?.counterpart).toMatchObject({
			accountKind: 'partner_receivable',
			name: '老街坊理发店'
		});
		expect(byKind('volunteer.hours')?.counterpart).toMatchObject({
			accountKind: 'community_issuance',
			name: null
		});
		expect(JSON.stringify(items)).not.toMatch(/1390000000/);
	});

	it('should tell how each hold ended and which entry was reversed', async () => {
		const { items } = await walletHistory(deps, wallet, { limit: 50 });
		const holds = items.filter((e) => e.kind === 'redeem.hold');
		expect(holds.map((e) => [e.amount, e.pending, e.holdOutcome])).toEqual([
			[25, true, 'capture'],
			[10, true, 'void'],
			[30, true, null]
		]);
		const [reversal, adjustment] = items.filter((e) => e.kind === 'adjustment');
		expect(reversal).toMatchObject({
			direction: 'out',
			reversesId: adjustment?.id,
			reversed: false
		});
		expect(adjustment).toMatchObject({ direction: 'in', reversesId: null, reversed: true });
		expect(items.find((e) => e.kind === 'redeem.void')).toMatchObject({ resolution: 'void' });
	});
});

describe('receipt status per entry', () => {
	async function statuses() {
		const { items } = await walletHistory(deps, wallet, { limit: 50 });
		const fromReceipts = await Promise.all(
			items.map(async (e) => (await getReceipt(db.sql, e.id))?.status)
		);
		return { shown: items.map((e) => e.receiptStatus), fromReceipts };
	}

	it('should follow each entry from pending to journaled, sealed and anchored, as its receipt does', async () => {
		const pending = await statuses();
		expect(new Set(pending.shown)).toEqual(new Set(['pending']));
		expect(pending.shown).toEqual(pending.fromReceipts);

		await drainOnce(db.sql, { batchSize: 1000, blockSize: 1000, sealAfterMs: 3_600_000, key });
		const journaled = await statuses();
		expect(new Set(journaled.shown)).toEqual(new Set(['journaled']));
		expect(journaled.shown).toEqual(journaled.fromReceipts);

		await new Promise((r) => setTimeout(r, 5));
		await drainOnce(db.sql, { batchSize: 1000, blockSize: 1000, sealAfterMs: 1, key });
		const sealed = await statuses();
		expect(new Set(sealed.shown)).toEqual(new Set(['sealed']));
		expect(sealed.shown).toEqual(sealed.fromReceipts);

		await db.sql`insert into ledger_block_anchors (block_number, tx_id) select number, 'fabric-tx-1' from ledger_blocks`;
		const anchored = await statuses();
		expect(new Set(anchored.shown)).toEqual(new Set(['anchored']));
		expect(anchored.shown).toEqual(anchored.fromReceipts);
	});

	it('should read a page with the same number of queries however long it is (no N+1)', async () => {
		let queries = 0;
		const counted = postgres(db.url, { max: 2, onnotice: () => {}, debug: () => (queries += 1) });
		try {
			const countedDeps: WalletDeps = { sql: counted, posting: new PostingService(counted) };
			await walletHistory(countedDeps, wallet, { limit: 1 }); // warms the connections
			const countFor = async (limit: number) => {
				queries = 0;
				const page = await walletHistory(countedDeps, wallet, { limit });
				return { queries, items: page.items.length };
			};
			const short = await countFor(2);
			const long = await countFor(11);
			expect([short.items, long.items]).toEqual([2, 11]);
			// One history query per account (hours, points) and one for every entry's details.
			expect(long.queries).toBe(3);
			expect(short.queries).toBe(long.queries);
		} finally {
			await counted.end({ timeout: 5 });
		}
	});
});
