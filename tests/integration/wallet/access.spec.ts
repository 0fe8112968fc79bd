import { isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../../chain/core/shared';
import { PostingService } from '../../../web/src/lib/server/ledger';
import {
	communityAccounts,
	findResidents,
	openWallet,
	type WalletDeps
} from '../../../web/src/lib/server/wallet';
import { createTestDatabase } from '../../helpers/db';
import { accountOf, meta, person, places, type Person } from './fixtures';

const db = await createTestDatabase();
// The routes reach the database through the composition root, which reads DATABASE_URL.
process.env.DATABASE_URL = db.url;
const walletPage =
	await import('../../../web/src/routes/(app)/committee/accounts/[userId]/+page.server');
const searchPage = await import('../../../web/src/routes/(app)/committee/accounts/+page.server');
const ownPage = await import('../../../web/src/routes/(app)/wallet/+page.server');
const accountPage =
	await import('../../../web/src/routes/(app)/committee/accounts/community/[accountId]/+page.server');

const posting = new PostingService(db.sql);
const deps: WalletDeps = { sql: db.sql, posting };

let wang: Person; // resident of 甲 (east street)
let li: Person; // resident of 乙 (east street)
let zhou: Person; // resident of 丙 (west street)
let jiaCommittee: Person;
let bingCommittee: Person;
let eastAuditor: Person;
let unverifiedCommittee: Person;

beforeAll(async () => {
	const { east, jia, yi, bing } = await places(db);
	wang = await person(db, jia, '王秀英', '13900001234');
	li = await person(db, yi, '李王氏', '13900005678');
	zhou = await person(db, bing, '周王明', '13900009999');
	jiaCommittee = await person(db, jia, '陈建华', '13800000002', { roles: ['committee'] });
	bingCommittee = await person(db, bing, '钱委员', '13800000012', { roles: ['committee'] });
	eastAuditor = await person(db, jia, '周敏', '13800000007', { roles: ['auditor'], staffOn: east });
	unverifiedCommittee = await person(db, jia, '新委员', '13800000022', {
		roles: ['committee'],
		status: 'unverified'
	});
	const issuance = await accountOf(posting, 'community', jia.id, 'HOUR', 'community_issuance');
	const hours = await accountOf(posting, 'user', wang.id, 'HOUR', 'resident');
	const move = { ...meta('volunteer.hours'), asset: 'HOUR' as const, amount: 150 };
	unwrap(await posting.transfer({ ...move, debitAccountId: issuance, creditAccountId: hours }));
	await accountOf(posting, 'community', jia.id, 'POINT', 'community_pool');
});

describe('who may open a wallet', () => {
	it('should let a resident open their own wallet, and nobody else’s', async () => {
		expect(unwrap(await openWallet(deps, wang, wang.id)).readOnly).toBe(false);
		expect(await openWallet(deps, wang, li.id)).toEqual({ ok: false, error: 'forbidden' });
	});

	it('should let the committee open wallets in its own community only', async () => {
		const seen = unwrap(await openWallet(deps, jiaCommittee, wang.id));
		expect(seen).toMatchObject({ readOnly: true, hours: { posted: 150 } });
		expect(await openWallet(deps, jiaCommittee, li.id)).toEqual({ ok: false, error: 'forbidden' });
		expect(await openWallet(deps, bingCommittee, wang.id)).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(await openWallet(deps, unverifiedCommittee, wang.id)).toEqual({
			ok: false,
			error: 'forbidden'
		});
	});

	it('should let an auditor of the street open wallets in every community of it, and no further', async () => {
		expect(unwrap(await openWallet(deps, eastAuditor, wang.id)).readOnly).toBe(true);
		expect(unwrap(await openWallet(deps, eastAuditor, li.id)).readOnly).toBe(true);
		expect(await openWallet(deps, eastAuditor, zhou.id)).toEqual({ ok: false, error: 'forbidden' });
	});

	it('should say not_found for nobody', async () => {
		expect(await openWallet(deps, jiaCommittee, 999_999)).toEqual({
			ok: false,
			error: 'not_found'
		});
		expect(await openWallet(deps, jiaCommittee, Number.NaN)).toEqual({
			ok: false,
			error: 'not_found'
		});
	});
});

describe('finding residents', () => {
	it('should find by name within the viewer’s communities, phones masked', async () => {
		const found = await findResidents(deps, jiaCommittee, '王');
		expect(found.map((r) => r.displayName)).toEqual(['王秀英']);
		expect(found[0]).toEqual({
			userId: wang.id,
			displayName: '王秀英',
			maskedPhone: '139****1234',
			maskedIdNumber: '',
			communityName: '甲社区'
		});
		const street = await findResidents(deps, eastAuditor, '王');
		expect(street.map((r) => r.displayName).sort()).toEqual(['李王氏', '王秀英']);
	});

	it('should find by the whole phone number, never outside the viewer’s reach', async () => {
		const byPhone = await findResidents(deps, jiaCommittee, '139 0000 1234');
		expect(byPhone.map((r) => [r.userId, r.maskedPhone])).toEqual([[wang.id, '139****1234']]);
		// Numbers are encrypted at rest: a part of one finds nobody.
		expect(await findResidents(deps, jiaCommittee, '1234')).toEqual([]);
		expect(await findResidents(deps, jiaCommittee, '13900009999')).toEqual([]);
		expect(await findResidents(deps, bingCommittee, '13900001234')).toEqual([]);
		expect(await findResidents(deps, wang, '王')).toEqual([]);
		expect(await findResidents(deps, jiaCommittee, '   ')).toEqual([]);
		expect(await findResidents(deps, jiaCommittee, '%')).toEqual([]);
		const [stored] = await db.sql`select phone, phone_cipher from users where id = ${wang.id}`;
		expect(stored?.phone).toBeNull();
		expect(String(stored?.phone_cipher)).not.toContain('1234');
	});
});

describe('community accounts', () => {
	it('should show the accounts of the viewer’s communities only', async () => {
		const mine = await communityAccounts(deps, jiaCommittee);
		expect(mine.map((c) => c.communityName)).toEqual(['甲社区']);
		const [jia] = mine;
		expect(jia?.accounts.map((a) => [a.kind, a.asset, a.posted, a.accountId !== null])).toEqual([
			['community_issuance', 'HOUR', -150, true],
			['care_pool', 'HOUR', 0, false],
			['community_issuance', 'POINT', 0, false],
			['community_pool', 'POINT', 0, true]
		]);
		const street = await communityAccounts(deps, eastAuditor);
		expect(street.map((c) => c.communityName)).toEqual(['甲社区', '乙社区']);
		expect(await communityAccounts(deps, wang)).toEqual([]);
	});
});

function event(user: Person | null, path: string, params: Record<string, string> = {}) {
	const url = new URL(`http://127.0.0.1:3000${path}`);
	return { url, params, locals: { user, locale: 'zh-CN' } } as unknown as RequestEvent;
}

const viewWallet = (user: Person | null, userId: number, query = '') =>
	walletPage.load(
		event(user, `/committee/accounts/${userId}${query}`, { userId: String(userId) }) as never
	) as Promise<{ wallet: { owner: { userId: number }; readOnly: boolean }; history: unknown }>;

async function statusOf(promise: Promise<unknown>): Promise<number | 'redirect'> {
	try {
		await promise;
		return 200;
	} catch (thrown) {
		if (isRedirect(thrown)) return 'redirect';
		if (isHttpError(thrown)) return thrown.status;
		throw thrown;
	}
}

describe('the committee and auditor pages', () => {
	it('should answer 403 for a resident outside the viewer’s communities, 404 for nobody', async () => {
		expect(await statusOf(viewWallet(jiaCommittee, wang.id))).toBe(200);
		expect(await statusOf(viewWallet(bingCommittee, wang.id))).toBe(403);
		expect(await statusOf(viewWallet(jiaCommittee, li.id))).toBe(403);
		expect(await statusOf(viewWallet(jiaCommittee, 999_999))).toBe(404);
		expect(await statusOf(viewWallet(wang, wang.id))).toBe(403);
		expect(await statusOf(viewWallet(null, wang.id))).toBe('redirect');
	});

	it('should show the auditor a read-only wallet, on pages that accept no form posts', async () => {
		const seen = await viewWallet(eastAuditor, li.id, '?asset=HOUR');
		expect(seen.wallet).toMatchObject({ owner: { userId: li.id }, readOnly: true });
		expect('actions' in walletPage).toBe(false);
		expect('actions' in searchPage).toBe(false);
		expect('actions' in ownPage).toBe(false);
	});

	it('should search with masked phones and refuse people without the permission', async () => {
		const load = async (user: Person, q: string) =>
			searchPage.load(event(user, `/committee/accounts?q=${encodeURIComponent(q)}`) as never);
		const data = (await load(jiaCommittee, '王')) as {
			residents: { maskedPhone: string }[];
			communities: unknown[];
		};
		expect(data.residents.map((r) => r.maskedPhone)).toEqual(['139****1234']);
		expect(data.communities).toHaveLength(1);
		expect(await statusOf(load(wang, '王'))).toBe(403);
	});

	it('should show a resident their own wallet and tell them about a wrong date range', async () => {
		const own = (q: string) =>
			ownPage.load(event(wang, `/wallet${q}`) as never) as Promise<{
				wallet: { hours: { posted: number } };
				history: { items: unknown[] };
				filterError: string | null;
			}>;
		const data = await own('');
		expect(data.wallet.hours.posted).toBe(150);
		expect(data.history.items).toHaveLength(1);
		const wrong = await own('?from=2026-06-05&to=2026-06-01');
		expect(wrong.filterError).toBe('wallet.filter.error.range');
		expect(wrong.history.items).toEqual([]);
	});
});

describe('a community account’s page', () => {
	const viewAccount = (user: Person | null, accountId: string) =>
		accountPage.load(
			event(user, `/committee/accounts/community/${accountId}`, { accountId }) as never
		) as Promise<{
			account: { communityName: string; kind: string; balance: { posted: number } };
			history: { items: { amount: number; receiptId?: string; id: string }[] };
		}>;

	it('should show the committee and auditors its history with receipts, in their communities only', async () => {
		const [jia] = await communityAccounts(deps, jiaCommittee);
		const issuance = jia!.accounts.find(
			(a) => a.kind === 'community_issuance' && a.asset === 'HOUR'
		);
		const id = issuance!.accountId!;
		const seen = await viewAccount(jiaCommittee, id);
		expect(seen.account).toMatchObject({
			communityName: '甲社区',
			kind: 'community_issuance',
			balance: { posted: -150 }
		});
		expect(seen.history.items).toHaveLength(1);
		expect(seen.history.items[0]).toMatchObject({ amount: 150 });
		expect(await statusOf(viewAccount(eastAuditor, id))).toBe(200);
		expect(await statusOf(viewAccount(bingCommittee, id))).toBe(403);
		expect(await statusOf(viewAccount(wang, id))).toBe(403);
		expect(await statusOf(viewAccount(null, id))).toBe('redirect');
	});

	it('should not open a resident’s account or a made-up one through this page', async () => {
		const own = unwrap(await openWallet(deps, wang, wang.id));
		expect(await statusOf(viewAccount(jiaCommittee, own.hours.accountId!))).toBe(404);
		expect(await statusOf(viewAccount(jiaCommittee, '00000000-0000-0000-0000-000000000000'))).toBe(
			404
		);
		expect(await statusOf(viewAccount(jiaCommittee, 'nope'))).toBe(404);
	});
});
