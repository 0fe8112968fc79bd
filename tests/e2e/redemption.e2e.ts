import { expect, test, type Page } from '@playwright/test';
import { DEMO_COMMUNITY, DEMO_RESIDENT } from '../../seed/accounts';
import {
	logIn,
	logOut,
	newResident,
	open,
	register,
	staffState,
	submitLogin,
	zh
} from '../helpers/e2e/app';
import { totpNow } from '../helpers/e2e/two-factor';

const status = (page: Page) => page.getByRole('status').first();

/**
 * A partner manager must turn on two-step verification at the first login after approval: read
 * the key the setup page shows, answer with the current code, then continue past the recovery
 * codes.
 */
async function logInNewManager(page: Page, phone: string, password: string): Promise<void> {
	await submitLogin(page, phone, password);
	await page.waitForURL((u) => u.pathname !== '/login');
	if (new URL(page.url()).pathname.startsWith('/two-factor')) {
		const secret = await page.getByTestId('totp-secret').innerText();
		await page.getByLabel(zh('oversight.2fa.code')).fill(totpNow(secret.trim()));
		await page.getByRole('button', { name: zh('oversight.2fa.enable') }).click();
		// Depending on the set-up flow, recovery codes are shown first or the app opens at once.
		const next = page.getByRole('link', { name: zh('oversight.2fa.continue') });
		await Promise.race([
			next.waitFor().then(() => next.click()),
			page.waitForURL((u) => !u.pathname.startsWith('/two-factor'))
		]);
	}
	await expect(page).toHaveURL('/');
}

test('partner applies → committee approves → offer → redeem → counter → statement → paid, with receipts', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const applicant = newResident();
	const shop = `${applicant.name}的小店`;
	const offer = `理发${applicant.phone.slice(-4)}`;
	const licence = `9144${applicant.phone.slice(-8)}ABCDEF`;

	// 1. A business applies (the applicant signs up first and becomes the manager).
	const partnerContext = await browser.newContext();
	const partner = await partnerContext.newPage();
	await register(partner, applicant);
	await open(partner, '/partners/apply');
	await partner.getByLabel(zh('redemption.apply.name')).fill(shop);
	await partner.getByLabel(zh('redemption.apply.licence')).fill(licence);
	await partner.getByLabel(zh('redemption.apply.contact')).fill(applicant.name);
	await partner.getByLabel(zh('redemption.apply.phone')).fill(applicant.phone);
	await partner.getByLabel(zh('redemption.apply.address')).fill('盐运西路1号');
	await partner.getByLabel(zh('redemption.category.haircut')).check();
	await partner.getByLabel(DEMO_COMMUNITY).first().check();
	await partner.getByRole('button', { name: zh('redemption.apply.submit') }).click();
	await expect(status(partner)).toHaveText(zh('redemption.apply.done'));

	// 2. The committee approves it for its community.
	// The seeded committee member's session comes from the setup project: its one-time codes are
	// shared with every other spec running in parallel.
	const staffContext = await browser.newContext({ storageState: staffState('committee') });
	const staff = await staffContext.newPage();
	await open(staff, '/committee/partners');
	await staff
		.getByRole('button', { name: `${zh('redemption.committee.approve')} ${shop}` })
		.click();
	await expect(status(staff)).toHaveText(zh('redemption.committee.decided'));

	// 3. The partner (signing in again to pick up the new role) publishes an offer.
	await logOut(partner);
	await logInNewManager(partner, applicant.phone, applicant.password);
	await open(partner, '/partner');
	await partner.getByText(zh('redemption.partner.newOffer')).click();
	await partner.getByLabel(zh('redemption.form.title')).fill(offer);
	await partner.getByLabel(zh('redemption.form.price')).fill('300');
	await partner.getByLabel(zh('redemption.form.stock')).fill('5');
	const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
	// A window that ends before it starts is refused, with what was typed kept.
	await partner.getByLabel(zh('redemption.form.from')).fill(day(10));
	await partner.getByLabel(zh('redemption.form.until')).fill(day(5));
	await partner.getByRole('button', { name: zh('redemption.partner.create') }).click();
	await expect(partner.getByText(zh('redemption.form.untilBeforeFrom'))).toBeVisible();
	await expect(partner.getByLabel(zh('redemption.form.title'))).toHaveValue(offer);
	await partner.getByLabel(zh('redemption.form.from')).fill('');
	await partner.getByLabel(zh('redemption.form.until')).fill(day(60));
	await partner.getByRole('button', { name: zh('redemption.partner.create') }).click();
	await expect(status(partner)).toHaveText(zh('form.saved'));
	await partner
		.getByRole('button', { name: `${zh('redemption.partner.publish')} ${offer}` })
		.click();
	await expect(partner.getByText(zh('redemption.offer.status.live'))).toBeVisible();

	// 4. A resident redeems it.
	const residentContext = await browser.newContext();
	const resident = await residentContext.newPage();
	await logIn(resident, DEMO_RESIDENT.phone);
	await open(resident, '/offers');
	await resident
		.getByRole('listitem')
		.filter({ hasText: offer })
		.getByRole('link', { name: zh('redemption.offers.show') })
		.click();
	await resident.getByRole('button', { name: zh('redemption.offer.redeem') }).click();
	await expect(resident.getByTestId('voucher-status')).toHaveText(
		zh('redemption.voucher.status.issued')
	);
	const code = (await resident.getByTestId('voucher-code').innerText()).replace(/\s/g, '');
	expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
	const voucherUrl = resident.url();

	// 5. The partner confirms it at the counter.
	await open(partner, '/partner/counter');
	await partner.getByLabel(zh('redemption.counter.code')).fill(code.toLowerCase());
	await partner.getByRole('button', { name: zh('redemption.counter.check') }).click();
	await expect(partner.getByTestId('resident-name')).toHaveText(`${DEMO_RESIDENT.name[0]}**`);
	await partner.getByRole('button', { name: zh('redemption.counter.confirm') }).click();
	await expect(status(partner)).toHaveText(zh('redemption.counter.done'));

	// 6. The committee makes and approves the statement, then records the payment by hand.
	await open(staff, '/committee/settlements');
	await staff.getByRole('button', { name: zh('redemption.committee.generate') }).click();
	const card = staff.getByRole('listitem').filter({ hasText: shop });
	// Before approving, the committee sees what the sum is made of: the one redemption.
	await card.getByText(zh('redemption.statement.lines', { count: 1 })).click();
	await expect(card.getByTestId('statement-lines')).toContainText(code);
	await card.getByRole('button', { name: zh('redemption.committee.approveStatement') }).click();
	await card.getByLabel(zh('redemption.committee.reference')).fill('BANK-2026-0001');
	await card.getByRole('button', { name: zh('redemption.committee.payManual') }).click();
	await expect(card.getByTestId('statement-status')).toHaveText(
		zh('redemption.statement.status.paid')
	);

	// 7. The ledger has the whole chain: hold and capture on the voucher, settlement on the statement.
	await open(resident, new URL(voucherUrl).pathname);
	await expect(resident.getByTestId('voucher-status')).toHaveText(
		zh('redemption.voucher.status.used')
	);
	const receiptLinks = resident.getByRole('link', { name: zh('redemption.statement.receipt') });
	await expect(receiptLinks).toHaveCount(2);
	const settlement = card.getByRole('link', { name: zh('redemption.statement.receipt') });
	const hrefs = [
		...(await receiptLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))),
		(await settlement.getAttribute('href')) ?? ''
	];
	const ids = hrefs.map((h) => new URL(h, 'http://x').searchParams.get('receipt') ?? '');
	expect(new Set(ids).size).toBe(3);
	for (const id of ids) {
		const receipt = await resident.request.get(`/api/v1/ledger/receipts/${id}`);
		expect(receipt.status()).toBe(200);
		const body = (await receipt.json()) as { transferId: string; status: string };
		expect(body.transferId).toBe(id);
		expect(['pending', 'journaled', 'sealed', 'anchored']).toContain(body.status);
	}
	// The statement's receipt link opens the public check page for that transfer (the verdict
	// itself waits for the journal worker to seal it, which the verify page's own tests cover).
	await settlement.click();
	await expect(staff).toHaveURL(/\/verify\?receipt=/);
	await expect(staff.getByRole('heading', { level: 1 })).toHaveText(zh('journal.verify.title'));

	// The books agree: statement, ledger receivable and vouchers, each reckoned on its own.
	await open(staff, '/committee/reconciliation');
	const books = staff.getByRole('row').filter({ hasText: shop });
	await expect(books.getByTestId('statements-off')).toHaveText(zh('redemption.recon.ok'));
	await expect(books).toContainText('300 / 300');
	await expect(books).not.toContainText(zh('redemption.recon.mismatch'));

	await Promise.all([partnerContext.close(), staffContext.close(), residentContext.close()]);
});
