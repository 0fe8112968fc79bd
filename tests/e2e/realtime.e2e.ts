import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { randomInt } from 'node:crypto';
import { DEMO_ORGANISER, DEMO_PARTNER, DEMO_RESIDENT } from '../../seed/accounts';
import { logIn, open, zh } from '../helpers/e2e/app';
import { beijing, creditHourAndConfirm } from '../helpers/e2e/timebank';

// Live views: every check below happens on a page that is NOT reloaded after the action in the
// other browser context; only the real-time push can change what it shows.

/** Each test's browser contexts, closed after it. */
const contexts: BrowserContext[] = [];
test.afterEach(async () => {
	await Promise.all(contexts.splice(0).map((c) => c.close()));
});

async function signedIn(browser: Browser, phone: string): Promise<Page> {
	const context = await browser.newContext();
	contexts.push(context);
	const page = await context.newPage();
	await logIn(page, phone);
	return page;
}

/** Marks the page so a reload (which would lose the mark) cannot pass for a live update. */
async function markLoaded(page: Page): Promise<void> {
	await page.evaluate(() => {
		(window as unknown as { notReloaded: boolean }).notReloaded = true;
	});
}

async function expectNotReloaded(page: Page): Promise<void> {
	expect(
		await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)
	).toBe(true);
}

/** Reads the organiser's current check-in code from the code page. */
async function slotCode(page: Page, codeUrl: string): Promise<string> {
	await page.goto(codeUrl);
	return (await page.getByTestId('slot-code').innerText()).replace(/\s/g, '');
}

test('the organiser sees a check-in live, confirms the hours, and the resident’s wallet updates without reload', async ({
	browser
}) => {
	test.setTimeout(150_000);
	const title = `实时活动${randomInt(0, 1_000_000)}`;
	const organiser = await signedIn(browser, DEMO_ORGANISER.phone);
	await open(organiser, '/organiser/new');
	await organiser.getByLabel(zh('tb.org.titleField')).fill(title);
	await organiser.getByLabel(zh('tb.org.categoryField')).fill('助老');
	await organiser.getByLabel(zh('tb.org.placeField')).fill('社区活动室');
	await organiser.getByLabel(zh('tb.org.start')).fill(beijing(30));
	await organiser.getByLabel(zh('tb.org.end')).fill(beijing(90));
	await organiser.getByLabel(zh('tb.org.creditHours')).fill('60');
	await organiser.getByLabel(zh('tb.org.deadline')).fill(beijing(20));
	await organiser.getByRole('button', { name: zh('tb.org.publishNow') }).click();
	await expect(organiser.getByRole('heading', { level: 1 })).toHaveText(title);
	const activityId = Number(new URL(organiser.url()).pathname.split('/').pop());

	const resident = await signedIn(browser, DEMO_RESIDENT.phone);
	await open(resident, '/activities');
	await resident.getByRole('link', { name: title }).click();
	await resident.getByRole('button', { name: zh('tb.slot.signUp') }).click();
	await expect(resident.getByText(zh('tb.signup.signed_up'))).toBeVisible();
	const activityUrl = new URL(resident.url()).pathname;

	// The organiser keeps the check-in list open; the code comes from a second tab.
	await organiser.getByRole('link', { name: zh('tb.org.attendance') }).click();
	await organiser.waitForURL(/\/slots\/\d+$/);
	const slotUrl = new URL(organiser.url()).pathname;
	await open(organiser, slotUrl);
	await markLoaded(organiser);
	const checkedIn = organiser.getByText(new RegExp(`^${zh('tb.org.in', { time: '' })}\\d`));
	await expect(checkedIn).toHaveCount(0);
	const codeTab = await organiser.context().newPage();
	const code = await slotCode(codeTab, `${slotUrl}/code`);

	await open(resident, activityUrl);
	await resident.getByLabel(zh('tb.checkin.code')).fill(code);
	await resident.getByRole('button', { name: zh('tb.checkin.submit') }).click();
	await expect(resident.getByText(zh('tb.checkin.check_in'))).toBeVisible();
	// Live: the organiser's open list shows the check-in.
	await expect(checkedIn).toHaveCount(1);
	await expectNotReloaded(organiser);

	// The resident keeps the wallet open while the organiser confirms the hour.
	await open(resident, '/wallet');
	const hours = resident.getByTestId('posted-HOUR');
	const before = await hours.innerText();
	await markLoaded(resident);

	await creditHourAndConfirm(organiser, slotUrl, activityId);

	await expect(hours).not.toHaveText(before);
	await expectNotReloaded(resident);
	// The header's message badge counted the "hours confirmed" notification live as well.
	await expect(resident.getByTestId('unread-count')).toBeVisible();
});

test('the partner’s counter shows a redemption live, and the resident’s other tab sees the points set aside', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const partner = await signedIn(browser, DEMO_PARTNER.phone);
	await open(partner, '/partner/counter');
	await markLoaded(partner);
	const feed = partner.getByTestId('counter-feed').getByRole('listitem');
	const waiting = feed.filter({ hasText: zh('live.counter.issued') });
	const waitingBefore = await waiting.count();

	const resident = await signedIn(browser, DEMO_RESIDENT.phone);
	const wallet = await resident.context().newPage();
	await open(wallet, '/wallet');
	const available = wallet.getByTestId('available-POINT');
	const availableBefore = await available.innerText();
	await markLoaded(wallet);

	await open(resident, '/offers');
	await resident
		.getByRole('listitem')
		.filter({ hasText: '老人理发一次' })
		.getByRole('link', { name: zh('redemption.offers.show') })
		.click();
	await resident.getByRole('button', { name: zh('redemption.offer.redeem') }).click();
	await expect(resident.getByTestId('voucher-status')).toHaveText(
		zh('redemption.voucher.status.issued')
	);

	// Live: a new waiting voucher on the counter, never its code.
	await expect(waiting).toHaveCount(waitingBefore + 1);
	await expect(feed.first()).toContainText('老人理发一次');
	const code = (await resident.getByTestId('voucher-code').innerText()).replace(/\s/g, '');
	await expect(partner.getByTestId('counter-feed')).not.toContainText(code);
	await expectNotReloaded(partner);

	// Live: the resident's wallet in the other tab shows the points set aside.
	await expect(available).not.toHaveText(availableBefore);
	await expectNotReloaded(wallet);
});
