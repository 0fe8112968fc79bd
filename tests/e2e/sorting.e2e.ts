import { expect, test, type Page } from '@playwright/test';
import { DEMO_INSPECTOR, DEMO_RESIDENT } from '../../seed/accounts';
import { logIn, open, staffState, zh } from '../helpers/e2e/app';

const POINT = '盐运西路24小时投放点';

/** The resident's current personal code, read fresh: it turns every 15 seconds. */
async function freshCode(resident: Page): Promise<string> {
	await open(resident, '/sorting/my-code');
	return (await resident.getByTestId('sorting-code').innerText()).trim();
}

async function pointsIn(page: Page): Promise<number> {
	await open(page, '/wallet');
	const text = await page.getByTestId('available-POINT').innerText();
	return Number(text.replace(/[^\d]/g, ''));
}

async function dropOff(inspector: Page, code: string, category: string, correct: boolean) {
	await inspector.getByLabel(zh('sorting.record.whoLabel')).fill(code);
	await inspector
		.getByText(zh(`sorting.category.${category}` as 'sorting.category.food'), { exact: true })
		.click();
	await inspector
		.getByRole('button', {
			name: zh(correct ? 'sorting.record.correct' : 'sorting.record.incorrect')
		})
		.click();
}

test('an inspector records drop-offs, also offline; the resident gets points; the committee sees accuracy', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const residentContext = await browser.newContext();
	const resident = await residentContext.newPage();
	await logIn(resident, DEMO_RESIDENT.phone);
	const before = await pointsIn(resident);

	const inspectorContext = await browser.newContext();
	const inspector = await inspectorContext.newPage();
	await logIn(inspector, DEMO_INSPECTOR.phone);
	await open(inspector, '/sorting/record');
	await inspector.getByLabel(zh('sorting.record.point')).selectOption({ label: POINT });

	// Online: a correct recyclable bag earns points, a wrong one is recorded without.
	await dropOff(inspector, await freshCode(resident), 'recyclable', true);
	await expect(inspector.getByRole('status')).toHaveText(
		zh('sorting.reason.awarded', { points: 2 })
	);
	await dropOff(inspector, await freshCode(resident), 'residual', false);
	await expect(inspector.getByRole('status')).toHaveText(zh('sorting.reason.incorrect'));

	// Offline: the drop-off waits on the phone and is sent when the network is back.
	const code = await freshCode(resident);
	await inspectorContext.setOffline(true);
	await dropOff(inspector, code, 'food', true);
	await expect(inspector.getByTestId('pending-count')).toHaveText(
		zh('sorting.record.pending', { count: 1 })
	);
	await expect(inspector.getByRole('status')).toContainText(
		zh('sorting.record.queued', { count: 1 })
	);
	await inspectorContext.setOffline(false);
	await expect(inspector.getByTestId('pending-count')).toHaveText(
		zh('sorting.record.pending', { count: 0 })
	);
	await expect(inspector.getByRole('status')).toHaveText(
		zh('sorting.reason.awarded', { points: 2 })
	);
	// Reloading after the sync sends nothing again: the queue is empty.
	await inspector.reload();
	await expect(inspector.getByTestId('pending-count')).toHaveText(
		zh('sorting.record.pending', { count: 0 })
	);

	expect(await pointsIn(resident)).toBe(before + 4);
	await open(resident, '/sorting');
	await expect(resident.getByTestId('sorting-today')).toHaveText(
		zh('sorting.mine.today', { points: 4, cap: 10 })
	);
	await expect(resident.getByTestId('sorting-accuracy')).toHaveText(
		zh('sorting.mine.accuracy', { total: 3, correct: 2, percent: 67 })
	);
	await residentContext.close();
	await inspectorContext.close();

	// The committee signed in once (password and one-time code) in the setup project.
	const committeeContext = await browser.newContext({ storageState: staffState('committee') });
	const committee = await committeeContext.newPage();
	await open(committee, '/committee');
	await committee
		.getByRole('link', { name: zh('sorting.committee.title') })
		.first()
		.click();
	await expect(committee.getByTestId('sorting-overall')).toHaveText(
		zh('sorting.committee.overall', { total: 3, correct: 2, percent: '67%', points: 4 })
	);
	await expect(committee.getByRole('row', { name: new RegExp(POINT) })).toContainText('67%');
	const csv = await committee.request.get('/committee/sorting/export');
	expect(csv.status()).toBe(200);
	expect(await csv.text()).toContain(`${POINT},盐运西路12号,3,2,67,4`);
	await committeeContext.close();
});
