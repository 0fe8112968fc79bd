import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { DEMO_RESIDENT } from '../../seed/accounts';
import { pngBytes } from '../factories/images';
import { logIn, newResident, open, register, staffState, zh } from '../helpers/e2e/app';

/** A signed-in page in its own browser context (its own cookies). */
async function as(browser: Browser, phone: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await logIn(page, phone);
	return page;
}

/** A newcomer registers and the committee verifies them (before any vote they will take part in). */
async function verifiedNewcomer(browser: Browser, committee: Page): Promise<Page> {
	const resident = newResident();
	const page = await (await browser.newContext()).newPage();
	await register(page, resident);
	await open(committee, '/committee');
	await committee
		.getByRole('button', { name: zh('committee.approveLabel', { name: resident.name }) })
		.click();
	await expect(committee.getByRole('status')).toHaveText(
		zh('committee.approved', { name: resident.name })
	);
	return page;
}

/** A datetime-local value in Beijing time, `seconds` from now. */
function beijingIn(seconds: number): string {
	return new Date(Date.now() + seconds * 1000 + 8 * 3600_000).toISOString().slice(0, 19);
}

const done = zh('council.console.done');

/** Clicks a form's button and waits for the action's answer (messages repeat, so text is no signal). */
async function submit(page: Page, button: Locator): Promise<void> {
	await Promise.all([
		page.waitForResponse(
			(r) => r.request().method() === 'POST' && r.url().includes('/committee/council')
		),
		button.click()
	]);
	await expect(page.getByText(done)).toBeVisible();
}

test('citizen council: propose → accept → support and comment → vote with receipts → result → progress → rating', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const title = `楼道装声控灯 ${Date.now() % 100000}`;

	// A resident drafts and submits a proposal.
	const resident = await as(browser, DEMO_RESIDENT.phone);
	await open(resident, '/council/new');
	await resident.getByLabel(zh('council.field.title')).fill(title);
	await resident.getByLabel(zh('council.field.problem')).fill('晚上楼道太黑，老人容易摔倒。');
	await resident.getByLabel(zh('council.field.solution')).fill('每层装一盏声控灯。');
	await resident.getByLabel(zh('council.field.estimatedCostYuan')).fill('1200');
	await resident.getByRole('button', { name: zh('council.new.submit') }).click();
	await expect(resident.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(resident.getByText(zh('council.state.submitted')).first()).toBeVisible();
	const proposalPath = new URL(resident.url()).pathname;

	// The committee accepts it for discussion.
	const committee = await (
		await browser.newContext({ storageState: staffState('committee') })
	).newPage();
	await open(committee, '/committee/council');
	await committee
		.getByRole('button', { name: zh('council.console.acceptLabel', { title }) })
		.click();
	await expect(committee.getByText(done)).toBeVisible();

	// Neighbours support it and comment.
	const neighbour = await verifiedNewcomer(browser, committee);
	const other = await verifiedNewcomer(browser, committee);
	for (const [page, words] of [
		[neighbour, '支持，楼道确实太黑了'],
		[other, '希望用节能灯']
	] as const) {
		await open(page, proposalPath);
		await page.getByRole('button', { name: zh('council.support') }).click();
		await expect(page.getByText(zh('council.supported'))).toBeVisible();
		await page.getByLabel(zh('council.comment.label')).fill(words);
		await page
			.getByRole('button', { name: zh('council.comment.send') })
			.first()
			.click();
		await expect(page.getByText(words)).toBeVisible();
	}

	// The committee opens a short yes/no vote on it.
	await open(committee, '/committee/council');
	const form = committee.locator('form[action="?/openVote"]');
	await form.getByLabel(zh('council.console.voteTitle')).fill(title);
	await form.getByLabel(title).check();
	await form.getByLabel(zh('council.console.closesAt')).fill(beijingIn(30));
	await form.getByLabel(zh('council.console.byDecision')).check();
	await form.getByRole('button', { name: zh('council.console.openVote') }).click();
	await expect(committee.getByText(zh('council.console.voteOpened'))).toBeVisible();

	// Residents hear that the vote is open (a background job tells the whole roll).
	await expect(async () => {
		await open(neighbour, '/notifications');
		await expect(
			neighbour.getByText(zh('notify.council.vote_opened', { title })).first()
		).toBeVisible({ timeout: 1_000 });
	}).toPass({ timeout: 30_000, intervals: [1_000] });

	// Residents vote; each keeps a receipt code and checks it.
	const receipts: [Page, string, 'yes' | 'no'][] = [];
	for (const [page, answer] of [
		[resident, 'yes'],
		[neighbour, 'yes'],
		[other, 'no']
	] as const) {
		await open(page, proposalPath);
		await page.getByRole('link', { name: zh('council.toVote') }).click();
		await page.getByLabel(zh(`council.answer.${answer}`)).check();
		await page.getByRole('button', { name: zh('council.ballot.cast') }).click();
		const code = (await page.getByTestId('receipt-code').textContent())?.trim() ?? '';
		expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
		receipts.push([page, code, answer]);
	}
	const [first] = receipts;
	await first![0].getByLabel(zh('council.receipt.codeLabel')).fill(first![1]);
	await first![0].getByRole('button', { name: zh('council.receipt.check') }).click();
	await expect(first![0].getByText(zh('council.receipt.inBox'))).toBeVisible();
	const votePath = new URL(first![0].url()).pathname;

	// After the window the vote is counted (by the job, or by the committee if it has not run yet).
	await expect(async () => {
		await open(resident, votePath);
		const count = committee.getByRole('button', { name: zh('council.console.closeNow') });
		if (!(await resident.getByText(zh('council.results.title')).isVisible())) {
			await open(committee, '/committee/council');
			if (await count.isVisible()) await count.click();
			throw new Error('not counted yet');
		}
	}).toPass({ timeout: 90_000, intervals: [3_000] });
	await expect(resident.getByText(zh('council.results.winners', { titles: title }))).toBeVisible();
	await expect(resident.getByTestId('verification')).toHaveText(zh('council.results.verified'));
	// The chart is one labelled image whose description gives every number and share.
	const chart = resident.getByRole('img', { name: zh('council.results.caption') });
	await expect(chart).toHaveAccessibleDescription(
		[
			`${zh('council.answer.yes')}: ${zh('council.chart.value', { votes: 2, percent: '66.7%' })}`,
			`${zh('council.answer.no')}: ${zh('council.chart.value', { votes: 1, percent: '33.3%' })}`,
			`${zh('council.answer.abstain')}: ${zh('council.chart.value', { votes: 0, percent: '0%' })}`
		].join('; ')
	);
	await resident.screenshot({ path: test.info().outputPath('results.png'), fullPage: true });
	// The tally is on the ledger journal: its receipt is checked in the browser like a transfer's.
	await resident.getByTestId('tally-receipt').click();
	await expect(resident).toHaveURL(/\/verify\?receipt=[0-9a-f-]{36}$/);
	await expect(async () => {
		await resident.reload();
		await expect(resident.getByTestId('verdict')).toContainText(zh('journal.verify.verified'), {
			timeout: 2_000
		});
	}).toPass({ timeout: 30_000 });
	await expect(resident.getByTestId('record-summary')).toContainText(
		zh('records.verify.tallyAnswers', { yes: 2, no: 1, abstain: 0 })
	);
	await resident.screenshot({ path: test.info().outputPath('tally-receipt.png'), fullPage: true });
	for (const [page, code, answer] of receipts) {
		await open(page, votePath);
		await page.getByLabel(zh('council.receipt.codeLabel')).fill(code);
		await page.getByRole('button', { name: zh('council.receipt.check') }).click();
		await expect(
			page.getByText(zh('council.receipt.counted', { choice: zh(`council.answer.${answer}`) }))
		).toBeVisible();
	}

	// The committee carries it out and reports progress; residents rate the result.
	await open(committee, '/committee/council');
	const card = committee.locator('.card').filter({ hasText: title });
	await card.getByLabel(zh('council.console.owner')).fill('物业维修组');
	await submit(committee, card.getByRole('button', { name: zh('council.console.start') }));
	await expect(card.getByText(zh('council.state.implementation'))).toBeVisible();
	await card.getByLabel(zh('council.console.progress')).fill('灯已经装好一半');
	await card.getByLabel(zh('council.photos.label')).setInputFiles({
		name: 'lamp.png',
		mimeType: 'image/png',
		buffer: Buffer.from(pngBytes(64, 48, [250, 210, 60]))
	});
	await submit(committee, card.getByRole('button', { name: zh('council.console.postProgress') }));
	await card.getByLabel(zh('council.console.completeNote')).fill('全部装好了');
	await submit(committee, card.getByRole('button', { name: zh('council.console.complete') }));
	await expect(card.getByText(zh('council.state.evaluation'))).toBeVisible();

	await open(neighbour, proposalPath);
	await expect(neighbour.getByText('灯已经装好一半')).toBeVisible();
	await expect(
		neighbour.getByRole('img', { name: zh('council.progressImageAlt', { n: 1 }) })
	).toBeVisible();
	await neighbour.getByLabel(zh('council.rating.5')).check();
	await neighbour.getByLabel(zh('council.rating.comment')).fill('晚上回家亮堂了');
	await neighbour.getByRole('button', { name: zh('council.rating.send') }).click();
	await expect(neighbour.getByRole('status')).toHaveText(zh('council.rated'));
	await expect(
		neighbour.getByText(zh('council.rating.average', { average: '5.0', count: 1 }))
	).toBeVisible();
});
