import { expect, test, type Browser, type Page } from '@playwright/test';
import { randomInt } from 'node:crypto';
import { DEMO_INSPECTOR, DEMO_ORGANISER, DEMO_RESIDENT } from '../../seed/accounts';
import { logIn, open, staffState, zh } from '../helpers/e2e/app';
import { beijing, creditHourAndConfirm } from '../helpers/e2e/timebank';

async function signedIn(browser: Browser, phone: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await logIn(page, phone);
	return page;
}

/** Reads the organiser's current code; with `other`, waits for the next one. */
async function slotCode(page: Page, codeUrl: string, other?: string): Promise<string> {
	for (;;) {
		await page.goto(codeUrl);
		const code = (await page.getByTestId('slot-code').innerText()).replace(/\s/g, '');
		if (code !== other) return code;
		await page.waitForTimeout(2_000);
	}
}

test('organiser publishes, resident signs up and checks in and out by code, organiser confirms, resident sees hours with a receipt', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const title = `测试活动${randomInt(0, 1_000_000)}`;
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
	await expect(organiser).toHaveURL(/\/organiser\/\d+$/);
	const activityId = Number(new URL(organiser.url()).pathname.split('/').pop());

	const resident = await signedIn(browser, DEMO_RESIDENT.phone);
	await open(resident, '/activities');
	await resident.getByRole('link', { name: title }).click();
	await resident.getByRole('button', { name: zh('tb.slot.signUp') }).click();
	await expect(resident.getByText(zh('tb.signup.signed_up'))).toBeVisible();

	await organiser.getByRole('link', { name: zh('tb.org.attendance') }).click();
	await expect(organiser).toHaveURL(/\/slots\/\d+$/);
	const slotUrl = new URL(organiser.url()).pathname;
	const codeUrl = `${slotUrl}/code`;
	const first = await slotCode(organiser, codeUrl);
	await resident.getByLabel(zh('tb.checkin.code')).fill(first);
	await resident.getByRole('button', { name: zh('tb.checkin.submit') }).click();
	await expect(resident.getByText(zh('tb.checkin.check_in'))).toBeVisible();
	// The same code again is a replay: refused, nothing changes.
	await resident.getByLabel(zh('tb.checkin.code')).fill(first);
	await resident.getByRole('button', { name: zh('tb.checkin.submit') }).click();
	await expect(resident.getByText(zh('tb.error.code_used'))).toBeVisible();
	const second = await slotCode(organiser, codeUrl, first);
	await resident.getByLabel(zh('tb.checkin.code')).fill(second);
	await resident.getByRole('button', { name: zh('tb.checkin.submit') }).click();
	await expect(resident.getByText(zh('tb.checkin.check_out'))).toBeVisible();

	// Left before the slot began: the organiser credits the hour by hand, with a reason.
	await creditHourAndConfirm(organiser, slotUrl, activityId);
	await organiser.getByRole('button', { name: zh('tb.org.confirm') }).click();
	await expect(organiser.getByText(zh('tb.error.already_confirmed'))).toBeVisible();

	await open(resident, '/activities/mine');
	const entry = resident
		.getByRole('listitem')
		.filter({ hasText: zh('tb.kind.volunteer.hours') })
		.first();
	await expect(entry).toContainText(zh('tb.minutes', { minutes: 60 }));
	await expect(
		resident
			.getByRole('listitem')
			.filter({ hasText: zh('tb.points', { points: 10 }) })
			.first()
	).toBeVisible();
	await entry.getByRole('link', { name: zh('tb.mine.receipt') }).click();
	await expect(resident).toHaveURL(/\/verify\?receipt=[0-9a-f-]{36}/);
});

/** The resident posts a request and the inspector (a neighbour) takes it, up to recorded hours. */
async function exchange(browser: Browser, title: string, minutes: number) {
	const elder = await signedIn(browser, DEMO_RESIDENT.phone);
	await open(elder, '/mutual-aid/new');
	await elder.getByLabel(zh('tb.aid.titleField')).fill(title);
	await elder.getByLabel(zh('tb.activities.category')).fill('陪同就医');
	await elder.getByLabel(zh('tb.aid.estimate')).fill(String(minutes));
	await elder.getByRole('button', { name: zh('tb.aid.post') }).click();
	await expect(elder.getByRole('heading', { level: 1 })).toContainText(title);
	const postUrl = new URL(elder.url()).pathname;

	const helper = await signedIn(browser, DEMO_INSPECTOR.phone);
	await open(helper, postUrl);
	await helper.getByRole('button', { name: zh('tb.aid.respond') }).click();
	await expect(helper.getByText(zh('tb.aid.done.responded'))).toBeVisible();

	await open(elder, postUrl);
	await elder
		.getByRole('button', { name: zh('tb.aid.accept', { name: DEMO_INSPECTOR.name }) })
		.click();
	await expect(elder.getByText(zh('tb.aid.done.accepted'))).toBeVisible();

	await open(helper, postUrl);
	await helper.getByLabel(zh('tb.org.minutes'), { exact: true }).fill(String(minutes));
	await helper.getByRole('button', { name: zh('tb.aid.record') }).click();
	await expect(helper.getByText(zh('tb.aid.done.recorded'))).toBeVisible();
	// The one who recorded cannot confirm their own figure.
	await expect(helper.getByRole('button', { name: zh('tb.aid.confirm') })).toHaveCount(0);
	return { elder, helper, postUrl };
}

test('a full mutual-aid exchange confirmed by the other side in two taps', async ({ browser }) => {
	test.setTimeout(90_000);
	const { elder, postUrl } = await exchange(browser, `陪我去医院${randomInt(0, 1_000_000)}`, 90);
	await open(elder, postUrl);
	await elder.getByRole('button', { name: zh('tb.aid.confirm') }).click();
	await expect(elder.getByText(zh('tb.aid.done.confirmed'))).toBeVisible();
	await expect(elder.getByText(zh('tb.aid.status.confirmed'))).toBeVisible();
});

test('a dispute decided by the committee with a reason', async ({ browser }) => {
	test.setTimeout(90_000);
	const title = `帮我买菜${randomInt(0, 1_000_000)}`;
	const { elder, postUrl } = await exchange(browser, title, 120);
	await open(elder, postUrl);
	await elder.getByText(zh('tb.aid.dispute')).first().click();
	await elder.getByLabel(zh('tb.reason')).fill('只用了一个小时');
	await elder.getByRole('button', { name: zh('tb.aid.dispute') }).click();
	await expect(elder.getByText(zh('tb.aid.done.disputed'))).toBeVisible();

	const committee = await (
		await browser.newContext({ storageState: staffState('committee') })
	).newPage();
	await open(committee, '/committee/timebank');
	const dispute = committee.locator('.dispute').filter({ hasText: title });
	await dispute.getByLabel(zh('tb.disputes.minutes')).fill('60');
	await dispute.getByLabel(zh('tb.reason')).fill('双方电话确认是一小时');
	await dispute.getByRole('button', { name: zh('tb.disputes.decide') }).click();
	await expect(committee.getByText(zh('tb.disputes.decided'))).toBeVisible();

	await open(elder, postUrl);
	await expect(elder.getByText(zh('tb.aid.status.resolved'))).toBeVisible();
	await expect(elder.getByText('双方电话确认是一小时')).toBeVisible();
});
