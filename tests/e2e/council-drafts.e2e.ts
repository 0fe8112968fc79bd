import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_RESIDENT } from '../../seed/accounts';
import { pngBytes } from '../factories/images';
import { logIn, markWithoutJs, open, staffState, zh } from '../helpers/e2e/app';

async function as(browser: Browser, phone: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await logIn(page, phone);
	return page;
}

const png = (name: string, width: number, rgb: [number, number, number]) => ({
	name,
	mimeType: 'image/png',
	buffer: Buffer.from(pngBytes(width, 60, rgb))
});

async function fillProposal(page: Page, title: string) {
	await page.getByLabel(zh('council.field.title')).fill(title);
	await page.getByLabel(zh('council.field.problem')).fill('小区门口台阶太高，轮椅上不去。');
	await page.getByLabel(zh('council.field.solution')).fill('在台阶旁边修一条坡道。');
	await page.getByLabel(zh('council.field.estimatedCostYuan')).fill('3000');
}

test('a resident drafts with photos, edits the draft and submits it; the photos follow the proposal page rule', async ({
	browser
}, info) => {
	const title = `门口修坡道 ${Date.now() % 100000}`;
	const resident = await as(browser, DEMO_RESIDENT.phone);

	// A page that is not a picture is refused with a plain message, and nothing is saved.
	await open(resident, '/council/new');
	await fillProposal(resident, title);
	const picker = resident.getByLabel(zh('council.photos.label'));
	await picker.setInputFiles({
		name: 'cat.png',
		mimeType: 'image/png',
		buffer: Buffer.from('<html><script>alert(1)</script></html>')
	});
	await resident.getByRole('button', { name: zh('council.new.saveDraft') }).click();
	await expect(resident.getByText(zh('image.error.image_unsupported_type'))).toBeVisible();

	// Two real photos: previews before sending, thumbnails after.
	await picker.setInputFiles([png('a.png', 90, [200, 60, 40]), png('b.png', 120, [40, 90, 200])]);
	await expect(resident.getByAltText(zh('image.picker.preview', { n: 2 }))).toBeVisible();
	await resident.getByRole('button', { name: zh('council.new.saveDraft') }).click();
	await expect(resident.getByRole('heading', { level: 1 })).toHaveText(title);
	const proposalPath = new URL(resident.url()).pathname;
	const thumbs = resident.getByRole('link', { name: /看大图/ });
	await expect(thumbs).toHaveCount(2);

	// The viewer opens on the first photo and steps to the next.
	await thumbs.first().click();
	const viewer = resident.getByRole('dialog', { name: zh('council.photos.viewer') });
	await expect(viewer).toBeVisible();
	await expect(viewer.getByText(zh('council.photos.position', { n: 1, count: 2 }))).toBeVisible();
	await viewer.getByRole('button', { name: zh('council.photos.next') }).click();
	await expect(viewer.getByText(zh('council.photos.position', { n: 2, count: 2 }))).toBeVisible();
	await resident.screenshot({ path: info.outputPath('viewer.png') });
	await resident.keyboard.press('Escape');
	await expect(viewer).toBeHidden();

	// A draft's photo is the author's alone; served as a picture that cannot be sniffed as a page.
	const photoUrl = (await thumbs.first().getAttribute('href')) ?? '';
	const own = await resident.request.get(photoUrl);
	expect(own.status()).toBe(200);
	expect(own.headers()['content-type']).toBe('image/png');
	expect(own.headers()['x-content-type-options']).toBe('nosniff');
	const stranger = await (
		await browser.newContext()
	).request.get(new URL(photoUrl, resident.url()).href);
	expect(stranger.status()).toBe(404);

	// The author edits the draft: new title, one photo taken away, one added, then sends it.
	await resident.getByRole('link', { name: zh('council.edit.link') }).click();
	await expect(resident.getByRole('heading', { level: 1 })).toHaveText(zh('council.edit.title'));
	await expect(resident.getByLabel(zh('council.field.title'))).toHaveValue(title);
	await resident.getByLabel(zh('council.field.title')).fill(`${title}（改）`);
	await resident.getByLabel(zh('council.photos.remove', { n: 1 })).check();
	await resident
		.getByLabel(zh('council.photos.label'))
		.setInputFiles([png('c.png', 70, [30, 160, 60])]);
	await resident.screenshot({ path: info.outputPath('edit.png'), fullPage: true });
	await resident.getByRole('button', { name: zh('council.edit.saveAndSubmit') }).click();
	await expect(resident.getByRole('heading', { level: 1 })).toHaveText(`${title}（改）`);
	await expect(resident.getByText(zh('council.state.submitted')).first()).toBeVisible();
	await expect(thumbs).toHaveCount(2);
	expect(new URL(resident.url()).pathname).toBe(proposalPath);
	// Submitted: the photos are public now, the removed one is gone, and editing is over.
	const anyone = (await browser.newContext()).request;
	expect((await anyone.get(new URL(photoUrl, resident.url()).href)).status()).toBe(404);
	const kept = (await thumbs.first().getAttribute('href')) ?? '';
	expect((await anyone.get(new URL(kept, resident.url()).href)).status()).toBe(200);
	await open(resident, `${proposalPath}/edit`);
	await expect(resident.getByText(zh('council.edit.notEditable'))).toBeVisible();
});

test('the committee merges a duplicate by picking it from a list, and the author is told', async ({
	browser
}) => {
	const stamp = Date.now() % 100000;
	const original = `楼下加装长椅 ${stamp}`;
	const duplicate = `楼下放几把椅子 ${stamp}`;
	const resident = await as(browser, DEMO_RESIDENT.phone);
	for (const title of [original, duplicate]) {
		await open(resident, '/council/new');
		await fillProposal(resident, title);
		await resident.getByRole('button', { name: zh('council.new.submit') }).click();
		await expect(resident.getByRole('heading', { level: 1 })).toHaveText(title);
	}

	const committee = await (
		await browser.newContext({ storageState: staffState('committee') })
	).newPage();
	await open(committee, '/committee/council');
	// Other cards list this title among their merge choices: find its card by its heading.
	const card = committee
		.locator('.card')
		.filter({ has: committee.getByRole('heading', { name: duplicate, exact: true }) });
	await card.getByText(zh('council.console.merge')).first().click();
	await card.getByLabel(zh('council.merge.search')).fill(String(stamp));
	const pick = card.getByLabel(zh('council.merge.pick'));
	await expect(pick.locator('option')).toHaveCount(2);
	const target = pick.locator('option', { hasText: original });
	await pick.selectOption((await target.getAttribute('value')) ?? '');
	await committee.screenshot({ path: test.info().outputPath('merge.png'), fullPage: true });
	await card.getByRole('button', { name: zh('council.console.merge') }).click();
	await expect(committee.getByText(zh('council.console.done'))).toBeVisible();

	await open(resident, '/notifications');
	await expect(
		resident.getByText(zh('notify.council.merged', { title: duplicate, into: original }))
	).toBeVisible();
});

test('without JavaScript the photo field is a plain file input that still works', async ({
	browser
}) => {
	const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
	markWithoutJs(page);
	await logIn(page, DEMO_RESIDENT.phone);
	const title = `活动室装空调 ${Date.now() % 100000}`;
	await open(page, '/council/new');
	await fillProposal(page, title);
	await page.getByLabel(zh('council.photos.label')).setInputFiles([png('d.png', 80, [90, 90, 90])]);
	await page.getByRole('button', { name: zh('council.new.saveDraft') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	// The thumbnail is a link to the full picture, which opens as a page of its own.
	await page.getByRole('link', { name: zh('council.photos.open', { n: 1, count: 1 }) }).click();
	await expect(page).toHaveURL(/\/council\/\d+\/images\/[0-9a-f-]{36}$/);
});
