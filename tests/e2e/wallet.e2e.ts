import { expect, test, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Asset, AccountKind } from '../../chain/core/ledger';
import { unwrap } from '../../chain/core/shared';
import { DEMO_COMMUNITY } from '../../seed/accounts';
import { translate } from '../../web/src/lib/i18n';
import { durationWords, wordsToText } from '../../web/src/lib/domain/wallet';
import { deriveKeys, lookupHash } from '../../web/src/lib/server/crypto';
import { scheduleJournal } from '../../web/src/lib/server/journal/job';
import { PostingService } from '../../web/src/lib/server/ledger';
import {
	asStaff,
	logIn,
	logOut,
	markWithoutJs,
	newResident,
	open,
	register,
	zh,
	type NewResident
} from '../helpers/e2e/app';
import { appDatabase } from '../helpers/e2e/app-database';

const say = (w: Parameters<typeof wordsToText>[0]) =>
	wordsToText(w, (k, p) => translate('zh-CN', k, p));

/** The app's data folder: the test writes ledger transfers through PostingService, as features do. */
const dataDir = () => `.data/e2e-${process.env.LINLI_E2E_PORT}`;

interface Credited {
	hourTransferId: string;
}

/** Credits 3 h 30 min of volunteering and 50 sorting points to a resident, then wakes the journal. */
async function credit(resident: NewResident): Promise<Credited> {
	const sql = appDatabase(2);
	try {
		const posting = new PostingService(sql);
		// Phones are stored encrypted and found by a keyed hash made with the server's data key.
		const key = readFileSync(`${dataDir()}/data-encryption-key`, 'utf8').trim();
		const hash = lookupHash('phone', resident.phone, deriveKeys(Buffer.from(key, 'base64')));
		const [user] = await sql`select id, community_id from users where phone_hash = ${hash}`;
		if (!user) throw new Error('the resident is not registered');
		const open = async (ownerType: string, ownerId: number, asset: Asset, kind: AccountKind) =>
			unwrap(await posting.ensureAccount({ ownerType, ownerId, asset, kind })).id;
		const community = Number(user.community_id);
		const move = async (kind: string, asset: Asset, from: string, to: string, amount: number) =>
			unwrap(
				await posting.transfer({
					idempotencyKey: `e2e-wallet:${randomUUID()}`,
					actorId: 0,
					kind,
					reference: 'e2e:wallet',
					debitAccountId: from,
					creditAccountId: to,
					asset,
					amount
				})
			).id;
		const hourIssuance = await open('community', community, 'HOUR', 'community_issuance');
		const pointIssuance = await open('community', community, 'POINT', 'community_issuance');
		const hours = await open('user', Number(user.id), 'HOUR', 'resident');
		const points = await open('user', Number(user.id), 'POINT', 'resident');
		await move('sorting.reward', 'POINT', pointIssuance, points, 50);
		const hourTransferId = await move('volunteer.hours', 'HOUR', hourIssuance, hours, 210);
		await scheduleJournal(sql);
		return { hourTransferId };
	} finally {
		await sql.end({ timeout: 5 });
	}
}

function entryWithReceipt(page: Page, transferId: string) {
	return page
		.getByTestId('entry')
		.filter({ has: page.locator(`a[href="/verify?receipt=${transferId}"]`) });
}

test.describe('wallet', () => {
	let resident: NewResident;
	let credited: Credited;

	test.beforeAll(async ({ browser }) => {
		resident = newResident();
		const page = await browser.newPage();
		await register(page, resident);
		await page.close();
		credited = await credit(resident);
	});

	test('a resident sees balances and an entry whose receipt verifies', async ({ page }, info) => {
		await logIn(page, resident.phone, resident.password);
		await page
			.getByRole('navigation', { name: zh('nav.main') })
			.getByRole('link', { name: zh('nav.wallet') })
			.click();
		await expect(page).toHaveURL('/wallet');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh('wallet.title'));
		await expect(page.getByTestId('posted-HOUR')).toHaveText('3 小时 30 分钟');
		await expect(page.getByTestId('posted-POINT')).toHaveText('50 积分');
		const limit = say({ key: 'wallet.credit.explain', params: { amount: durationWords(600) } });
		await expect(page.getByText(limit)).toBeVisible();

		const entry = entryWithReceipt(page, credited.hourTransferId);
		await expect(entry).toContainText(zh('wallet.kind.volunteer.hours'));
		await expect(entry.getByTestId('entry-amount')).toHaveText('+3 小时 30 分钟');
		await expect(entry).toContainText(zh('wallet.counterpart.hourIssuance'));
		// The journal seals blocks within a second or so; the page shows it after a reload.
		await expect(async () => {
			await page.reload();
			await expect(entry).toContainText(zh('wallet.status.sealed'), { timeout: 1000 });
		}).toPass({ timeout: 20_000 });

		await page.setViewportSize({ width: 390, height: 844 });
		await page.screenshot({ path: info.outputPath('wallet-390x844.png'), fullPage: true });

		await entry.getByRole('link', { name: zh('wallet.entry.receipt') }).click();
		await expect(page).toHaveURL(`/verify?receipt=${credited.hourTransferId}`);
		await expect(page.getByTestId('verdict')).toContainText(zh('journal.verify.verified'));
		await logOut(page);
	});

	test('the history filter works without JavaScript and explains a wrong date range', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		markWithoutJs(page);
		await logIn(page, resident.phone, resident.password);
		await page.goto('/wallet');
		await page.getByText(zh('wallet.filter.title')).click();
		await page.getByLabel(zh('wallet.filter.asset')).selectOption('POINT');
		await page.getByRole('button', { name: zh('wallet.filter.submit') }).click();
		await expect(page).toHaveURL(/\/wallet\?asset=POINT/);
		await expect(page.getByTestId('entry')).toHaveCount(1);
		await expect(page.getByTestId('entry')).toContainText(zh('wallet.kind.sorting.reward'));
		await page.goto('/wallet?from=2026-06-05&to=2026-06-01');
		await expect(page.getByRole('alert')).toHaveText(zh('wallet.filter.error.range'));
		await context.close();
	});

	test('an auditor sees the nightly ledger check above the audit log', async ({ page }, info) => {
		await asStaff(page, 'auditor');
		await open(page, '/audit');
		const card = page.getByTestId('ledger-check');
		await expect(
			card.getByRole('heading', { name: zh('oversight.ledgerCheck.title') })
		).toBeVisible();
		// Before the first night it says when the check runs; after one, that it passed. Never a
		// failure on this untouched ledger.
		await expect(card).toHaveText(
			new RegExp(`${zh('oversight.ledgerCheck.never')}|最近一次（.+）通过：`)
		);
		await expect(card.getByRole('alert')).toHaveCount(0);
		await page.screenshot({ path: info.outputPath('audit-ledger-check.png') });
	});

	test('an auditor finds the resident and views the wallet read-only', async ({ page }) => {
		await asStaff(page, 'auditor');
		await open(page, '/committee/accounts');
		await page.getByLabel(zh('wallet.committee.search')).fill(resident.phone);
		await page.getByRole('button', { name: zh('wallet.committee.searchSubmit') }).click();
		const masked = `${resident.phone.slice(0, 3)}****${resident.phone.slice(-4)}`;
		await expect(page.getByText(masked)).toBeVisible();
		await expect(page.getByRole('main').getByText(resident.phone, { exact: true })).toHaveCount(0);
		await page
			.getByRole('link', { name: zh('wallet.committee.viewLabel', { name: resident.name }) })
			.click();
		await expect(
			page.getByRole('heading', {
				name: zh('wallet.committee.walletOf', { name: resident.name })
			})
		).toBeVisible();
		await expect(page.getByText(zh('wallet.committee.readOnly'))).toBeVisible();
		await expect(page.getByTestId('posted-HOUR')).toHaveText('3 小时 30 分钟');
		await expect(page.locator('main form[method="post" i]')).toHaveCount(0);
	});

	test('an auditor opens a community account and sees what moved through it, with receipts', async ({
		page
	}) => {
		await asStaff(page, 'auditor');
		await open(page, '/committee/accounts');
		// The community's hour issuance: the hours volunteers were credited came from it.
		await page
			.getByRole('link', { name: new RegExp(DEMO_COMMUNITY) })
			.first()
			.click();
		await expect(page).toHaveURL(/\/committee\/accounts\/community\/[0-9a-f-]{36}$/);
		await expect(page.getByTestId('account-title')).toContainText(DEMO_COMMUNITY);
		await expect(page.getByText(zh('wallet.committee.readOnly'))).toBeVisible();
		const receipts = page.getByRole('link', { name: zh('wallet.entry.receipt') });
		await expect(receipts.first()).toBeVisible();
		await receipts.first().click();
		await expect(page).toHaveURL(/\/verify\?receipt=/);
	});
});
