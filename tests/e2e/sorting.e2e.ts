import { expect, test, type Page } from '@playwright/test';
import { DEMO_INSPECTOR, DEMO_RESIDENT } from '../../seed/accounts';
import { logIn, newResident, open, register, staffState, zh } from '../helpers/e2e/app';

const POINT = '盐运西路24小时投放点';

// The second journey counts on the first one's drop-offs (and must not disturb its totals).
test.describe.configure({ mode: 'serial' });

/** A 1×1 PNG, as a phone camera would hand over a picture (the page shrinks it to a JPEG). */
const PHOTO = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64'
);

/** The resident's current personal code, read fresh: it turns every 15 seconds. */
async function freshCode(resident: Page): Promise<string> {
	await open(resident, '/sorting/my-code');
	return (await resident.getByTestId('sorting-code').innerText()).trim();
}

/**
 * The sorting rewards the wallet lists for today. Not the balance: other journeys running at the
 * same time (the council's, the time bank's) pay the same demo resident too.
 */
async function sortingPointsToday(page: Page): Promise<number> {
	const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
	await open(page, `/wallet?asset=POINT&kind=sorting.reward&from=${today}`);
	const amounts = await page.getByTestId('entry-amount').allInnerTexts();
	return amounts.reduce((sum, a) => sum + Number(a.replace(/[^\d]/g, '')), 0);
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
	const before = await sortingPointsToday(resident);

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

	expect(await sortingPointsToday(resident)).toBe(before + 4);
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
	const weekly = await committee.request.get('/committee/sorting/export?period=week');
	expect((await weekly.text()).replace(/^\uFEFF/, '')).toMatch(/^week,collection_point,/);
	// One point's trend: its name in the table opens the chart for it.
	await committee
		.getByRole('link', { name: zh('sorting.committee.trendOf', { name: POINT }) })
		.click();
	await expect(committee.getByTestId('trend-title')).toHaveText(
		zh('sorting.committee.trendOf', { name: POINT })
	);
	await expect(
		committee.getByRole('img', { name: zh('sorting.committee.trendOf', { name: POINT }) })
	).toBeVisible();
	await committeeContext.close();
});

test('a drop-off photo reaches the household and the committee; grids get statistics; join requests reach the committee', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const residentContext = await browser.newContext();
	const resident = await residentContext.newPage();
	await logIn(resident, DEMO_RESIDENT.phone);

	// The inspector adds a note and a photo to a wrongly sorted bag.
	const inspectorContext = await browser.newContext();
	const inspector = await inspectorContext.newPage();
	await logIn(inspector, DEMO_INSPECTOR.phone);
	await open(inspector, '/sorting/record');
	await inspector.getByLabel(zh('sorting.record.point')).selectOption({ label: POINT });
	await inspector.getByText(zh('sorting.record.more')).click();
	await inspector.getByLabel(zh('sorting.record.note')).fill('有害垃圾里混了塑料袋');
	await inspector.getByLabel(zh('sorting.record.photo')).setInputFiles({
		name: 'bag.png',
		mimeType: 'image/png',
		buffer: PHOTO
	});
	// Hazardous: the other journey records this resident's other three kinds at this bin, and
	// the same kind within two minutes would be the same bag.
	await dropOff(inspector, await freshCode(resident), 'hazardous', false);
	await expect(inspector.getByRole('status')).toHaveText(zh('sorting.reason.incorrect'));
	await open(inspector, '/sorting/recorded');
	const mine = inspector.getByTestId('dropoff-line').first();
	await expect(mine).toContainText('有害垃圾里混了塑料袋');
	const href = await mine
		.getByRole('link', { name: zh('sorting.photo.open') })
		.getAttribute('href');
	expect(href).toMatch(/^\/sorting\/photos\/[0-9a-f-]{36}$/);
	await inspectorContext.close();

	// The household sees the note and opens the photo: a real JPEG, never sniffed, never shared.
	await open(resident, '/sorting');
	await expect(
		resident.getByText(zh('sorting.mine.note', { note: '有害垃圾里混了塑料袋' }))
	).toBeVisible();
	await resident.screenshot({ path: 'test-results/sorting-resident.png', fullPage: true });
	const photo = await resident.request.get(href!);
	expect(photo.status()).toBe(200);
	expect(photo.headers()).toMatchObject({
		'content-type': 'image/jpeg',
		'x-content-type-options': 'nosniff',
		'cache-control': 'private, max-age=300'
	});
	expect([...(await photo.body()).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
	await residentContext.close();

	// A neighbour who is not in the household cannot open it, nor can anyone signed out.
	const neighbourContext = await browser.newContext();
	const neighbour = await neighbourContext.newPage();
	const joiner = newResident();
	await register(neighbour, joiner);
	expect((await neighbour.request.get(href!)).status()).toBe(404);
	const anonymous = await browser.newContext();
	const signedOut = await anonymous.request.get(href!, { maxRedirects: 0 });
	expect(signedOut.status()).toBe(303);
	await anonymous.close();

	// The neighbour asks to join the other demo household.
	await open(neighbour, '/sorting');
	await neighbour.getByLabel(zh('sorting.mine.card')).fill('YYX-0002');
	await neighbour.getByRole('button', { name: zh('sorting.mine.join') }).click();
	await expect(neighbour.getByText(zh('sorting.mine.joinPending'))).toBeVisible();

	const committeeContext = await browser.newContext({ storageState: staffState('committee') });
	const committee = await committeeContext.newPage();
	// The committee hears of it and follows the link to decide.
	await open(committee, '/notifications');
	const asked = zh('notify.sorting.join_request', {
		name: joiner.name,
		building: '豪贤路8号',
		unit: '1单元201'
	});
	await expect(committee.getByText(asked)).toBeVisible();
	await open(committee, '/committee/sorting/households');
	const request = committee.getByTestId('join-request').filter({ hasText: joiner.name });
	await expect(request).toContainText('豪贤路8号 1单元201 · YYX-0002');
	await request.getByRole('button', { name: zh('sorting.committee.approve'), exact: true }).click();
	await expect(committee.getByText(zh('sorting.committee.saved'))).toBeVisible();
	await open(neighbour, '/notifications');
	await expect(
		neighbour.getByText(
			zh('notify.sorting.join_approved', { building: '豪贤路8号', unit: '1单元201' })
		)
	).toBeVisible();
	await neighbourContext.close();

	// The committee reviews the day's wrong bags and sees the photo there too.
	await open(committee, '/committee/sorting/dropoffs?show=incorrect');
	const line = committee.getByTestId('dropoff-line').filter({ hasText: '有害垃圾里混了塑料袋' });
	await expect(line.getByRole('img', { name: zh('sorting.photo.alt') })).toBeVisible();
	expect((await committee.request.get(href!)).status()).toBe(200);
	await committee.screenshot({ path: 'test-results/sorting-review.png', fullPage: true });

	// The demo resident's household goes into the first grid; the grid page counts it.
	await open(committee, '/committee/sorting/households');
	const card = committee.locator('section.card', {
		has: committee.getByRole('heading', { name: '盐运西路12号 3单元502 · YYX-0001' })
	});
	const gridForm = card.locator('form', {
		has: committee.getByRole('button', { name: zh('sorting.grid.change') })
	});
	await gridForm.getByLabel(zh('sorting.grid.label')).selectOption({ label: '第一网格' });
	await gridForm.getByRole('button', { name: zh('sorting.grid.change') }).click();
	await expect(card.getByTestId('household-grid')).toHaveText(
		zh('sorting.grid.of', { grid: '第一网格' })
	);
	await committee.screenshot({ path: 'test-results/sorting-households.png', fullPage: true });
	await open(committee, '/committee/sorting/grids');
	const totals = committee.getByTestId('grid-totals');
	// The first journey's three bags (two right, four points) and this wrong one.
	await expect(totals.getByRole('row', { name: /第一网格/ }).getByRole('cell')).toHaveText([
		'4',
		'50%',
		'4',
		zh('sorting.grid.participated', { active: 1, households: 1, percent: '100%' })
	]);
	await expect(
		totals.getByRole('row', { name: zh('sorting.grid.community') }).getByRole('cell')
	).toHaveText([
		'4',
		'50%',
		'4',
		zh('sorting.grid.participated', { active: 1, households: 2, percent: '50%' })
	]);
	await committee.screenshot({ path: 'test-results/sorting-grids.png', fullPage: true });
	const csv = await committee.request.get('/committee/sorting/grids/export');
	expect(csv.status()).toBe(200);
	expect(await csv.text()).toContain('all,grid,第一网格,4,2,50,4,1,1,100');
	await committeeContext.close();
});
