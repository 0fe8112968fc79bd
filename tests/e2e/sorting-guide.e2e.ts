import { expect, test, type Page } from '@playwright/test';
import { randomInt } from 'node:crypto';
import { DEMO_RESIDENT } from '../../seed/accounts';
import { logIn, open, staffState, zh } from '../helpers/e2e/app';

/** The resident's guide, searched for `query`. */
async function search(resident: Page, query: string) {
	await open(resident, `/sorting/guide?q=${encodeURIComponent(query)}`);
}

const item = (page: Page, name: string) =>
	page.getByTestId('guide-item').filter({ has: page.getByText(name, { exact: true }) });

test('the committee adds, edits and removes guide items and hides a shared one; residents see each change', async ({
	browser
}, testInfo) => {
	const name = `快递纸箱${randomInt(0, 1_000_000)}`;
	const committee = await (
		await browser.newContext({ storageState: staffState('committee') })
	).newPage();
	const resident = await (await browser.newContext()).newPage();
	await logIn(resident, DEMO_RESIDENT.phone);

	await open(committee, '/committee/sorting/guide');
	await committee.getByLabel(zh('sorting.committee.itemName')).first().fill(name);
	await committee
		.getByLabel(zh('sorting.committee.category'))
		.first()
		.selectOption({ label: zh('sorting.category.recyclable') });
	await committee.getByLabel(zh('sorting.committee.hint')).first().fill('压扁再投');
	await committee.getByRole('button', { name: zh('sorting.committee.add') }).click();
	await expect(item(committee, name)).toContainText(zh('sorting.guide.own'));
	await search(resident, name);
	await expect(resident.getByText(`${name}：压扁再投`)).toBeVisible();

	// The same name again is refused with a message, not saved twice.
	await committee.getByLabel(zh('sorting.committee.itemName')).first().fill(name);
	await committee.getByRole('button', { name: zh('sorting.committee.add') }).click();
	await expect(committee.getByText(zh('sorting.guide.error.duplicate_name'))).toBeVisible();
	await expect(item(committee, name)).toHaveCount(1);

	await item(committee, name).getByText(zh('sorting.guide.edit'), { exact: true }).click();
	await item(committee, name).getByLabel(zh('sorting.committee.hint')).fill('拆掉胶带，压扁再投');
	await item(committee, name)
		.getByRole('button', { name: zh('sorting.guide.save') })
		.click();
	await expect(item(committee, name)).toContainText('拆掉胶带，压扁再投');
	// The edit form still shows what was saved, ready for another change.
	await expect(item(committee, name).getByLabel(zh('sorting.committee.itemName'))).toHaveValue(
		name
	);
	await search(resident, name);
	await expect(resident.getByText(`${name}：拆掉胶带，压扁再投`)).toBeVisible();

	// A shared item that does not suit this community's bins is taken out, then put back.
	const shared = '茶叶渣';
	await committee
		.getByRole('button', { name: zh('sorting.guide.hideLabel', { name: shared }) })
		.click();
	await expect(item(committee, shared)).toContainText(zh('sorting.guide.hidden'));
	await committee.screenshot({ path: testInfo.outputPath('guide-committee.png'), fullPage: true });
	await search(resident, shared);
	await expect(resident.getByText(zh('sorting.guide.none'))).toBeVisible();
	await committee
		.getByRole('button', { name: zh('sorting.guide.showLabel', { name: shared }) })
		.click();
	await expect(item(committee, shared)).not.toContainText(zh('sorting.guide.hidden'));
	await search(resident, shared);
	await expect(resident.getByText(shared, { exact: true })).toBeVisible();

	await committee.getByRole('button', { name: zh('sorting.guide.removeLabel', { name }) }).click();
	await expect(item(committee, name)).toHaveCount(0);
	await search(resident, name);
	await expect(resident.getByText(zh('sorting.guide.none'))).toBeVisible();
});
