import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_COMMUNITY } from '../../seed/accounts';
import { newResident, open, register, staffState, zh } from '../helpers/e2e/app';
import { appDatabase } from '../helpers/e2e/app-database';
import { withCamera } from '../helpers/e2e/camera';
import { pdfText } from '../helpers/pdf-text';

const contexts: BrowserContext[] = [];
test.afterEach(async () => {
	await Promise.all(contexts.splice(0).map((c) => c.close()));
});

async function page(browser: Browser, options: { storageState?: string } = {}): Promise<Page> {
	const context = await browser.newContext(options);
	contexts.push(context);
	return context.newPage();
}

/** A real 1×1 PNG, as a phone would send a (very small) photo. */
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64'
);

const screenshot = (p: Page, name: string) =>
	p.screenshot({ path: `test-results/redemption-${name}.png`, fullPage: true });

test('the committee sets the points rate and sees what it means before saving', async ({
	browser
}) => {
	const staff = await page(browser, { storageState: staffState('committee') });
	await open(staff, '/committee/redemption-settings');
	const rate = staff.getByLabel(zh('settlement.settings.rate'));
	await rate.fill('200');
	const example = staff.getByTestId('rate-example');
	await expect(example).toContainText(
		zh('settlement.settings.exampleLine', { points: 100, money: '¥0.50' })
	);
	await expect(example).toContainText(
		zh('settlement.settings.exampleLine', { points: 2000, money: '¥10.00' })
	);
	await rate.fill('0');
	await expect(example).toHaveText(zh('settlement.settings.exampleInvalid'));
	await rate.fill('200');
	await staff.getByLabel(zh('settlement.settings.period.weekly')).check();
	await screenshot(staff, 'settings');
	await staff.getByRole('button', { name: zh('settlement.settings.save') }).click();
	await expect(staff.getByRole('status').first()).toHaveText(
		zh('settlement.settings.saved', {
			points: 200,
			period: zh('settlement.settings.every.weekly')
		})
	);
	await expect(staff.getByTestId('current-rate')).toContainText('200');
	// Back to the demo's defaults, so the other journeys see 100 points = ¥1, monthly.
	await rate.fill('100');
	await staff.getByLabel(zh('settlement.settings.period.monthly')).check();
	await staff.getByRole('button', { name: zh('settlement.settings.save') }).click();
	await expect(staff.getByTestId('current-rate')).toContainText('100');
});

test('printable voucher, counter photo, the resident told, and a Chinese statement PDF', async ({
	browser
}) => {
	test.setTimeout(120_000);
	// The resident redeems an offer of the demo partner's shop and prints the voucher.
	const offerTitle = '洗头吹干';
	// Saved sessions, not fresh logins: see DEMO_SESSIONS and STAFF in helpers/e2e/app.ts.
	const resident = await page(browser, { storageState: staffState('resident') });
	await open(resident, '/offers');
	await resident
		.getByRole('listitem')
		.filter({ hasText: offerTitle })
		.getByRole('link', { name: zh('redemption.offers.show') })
		.click();
	await resident.getByRole('button', { name: zh('redemption.offer.redeem') }).click();
	const code = (await resident.getByTestId('voucher-code').innerText()).replace(/\s/g, '');
	const voucherPath = new URL(resident.url()).pathname;
	const printed = await resident.request.get(`${voucherPath}/pdf`);
	expect(printed.headers()['content-type']).toBe('application/pdf');
	const voucherText = (await pdfText(await printed.body())).pages.join('');
	expect(voucherText).toContain(zh('settlement.pdf.voucherTitle'));
	expect(voucherText).toContain(`${code.slice(0, 4)} ${code.slice(4)}`);
	expect(voucherText).toContain(offerTitle);

	// The shop scans the voucher's QR, confirms it and adds a photo of the receipt.
	const partner = await page(browser, { storageState: staffState('partner') });
	await withCamera(partner, code);
	await open(partner, '/partner/counter');
	await partner.getByRole('button', { name: zh('scan.start') }).click();
	await expect(partner.getByTestId('resident-name')).toBeVisible();
	await partner.getByRole('button', { name: zh('redemption.counter.confirm') }).click();
	await partner
		.getByLabel(zh('redemption.photos.label'))
		.setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: PNG });
	await partner.getByRole('button', { name: zh('redemption.photos.save') }).click();
	await expect(partner.getByText(zh('redemption.photos.saved'))).toBeVisible();
	await expect(partner.getByRole('img', { name: zh('redemption.photos.alt') })).toHaveCount(1);
	await screenshot(partner, 'counter-photo');

	// The resident was told, and sees the photo on the voucher; a stranger cannot open it.
	await open(resident, '/notifications');
	await expect(resident.getByText(`兑换券“${offerTitle}”已经用了`)).toBeVisible();
	await open(resident, voucherPath);
	const photo = resident.getByRole('img', { name: zh('redemption.photos.alt') });
	await expect(photo).toHaveCount(1);
	const src = (await photo.getAttribute('src')) ?? '';
	const own = await resident.request.get(src);
	expect(own.status()).toBe(200);
	expect(own.headers()['content-type']).toBe('image/png');
	await screenshot(resident, 'voucher-photo');
	const stranger = await page(browser);
	await register(stranger, newResident());
	expect((await stranger.request.get(new URL(src, resident.url()).href)).status()).toBe(404);

	// The committee makes the statement; the shop downloads it as a Chinese PDF.
	const staff = await page(browser, { storageState: staffState('committee') });
	await open(staff, '/committee/settlements');
	await staff.getByRole('button', { name: zh('redemption.committee.generate') }).click();
	await expect(staff.getByRole('status').first()).toHaveText(zh('redemption.committee.done'));
	await open(partner, '/partner/statements');
	const pdfLink = partner.getByRole('link', { name: zh('redemption.statement.pdf') }).first();
	const statement = await partner.request.get((await pdfLink.getAttribute('href')) ?? '');
	expect(statement.headers()['content-type']).toBe('application/pdf');
	const { pages, fonts } = await pdfText(await statement.body());
	const text = pages.join('');
	expect(text).toContain('积分结算单');
	expect(text).toContain(`商家：`);
	expect(text).toContain(zh('settlement.pdf.colUsedAt'));
	expect(fonts.every((f) => f.startsWith('NotoSansSC'))).toBe(true);
});

test('a sponsor keeps a receipt page that says where the payment stands', async ({ browser }) => {
	// Checkout itself needs Stripe; the row it would leave behind is made here instead.
	const sql = appDatabase();
	const token = `e2eReceipt${String(Date.now()).slice(-12)}`;
	try {
		await sql`insert into sponsorships (community_id, sponsor_name, cents, points, points_per_yuan,
				checkout_session_id, receipt_token)
			select id, '好邻居物业', 50000, 50000, 100, ${`cs_e2e_${token}`}, ${token}
			from nodes where name = ${DEMO_COMMUNITY}`;
	} finally {
		await sql.end();
	}
	const sponsor = await page(browser);
	await open(sponsor, `/sponsor/receipts/${token}`);
	await expect(sponsor.getByTestId('receipt-status')).toHaveText(
		zh('sponsor.receipt.status.pending')
	);
	await expect(sponsor.getByTestId('receipt-amount')).toHaveText('¥500.00');
	await expect(sponsor.getByText(DEMO_COMMUNITY)).toBeVisible();
	await screenshot(sponsor, 'sponsor-receipt');
	const unknown = await sponsor.request.get('/sponsor/receipts/AAAAAAAAAAAAAAAAAAAAAA');
	expect(unknown.status()).toBe(404);
});
