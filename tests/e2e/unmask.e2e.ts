import { expect, test } from '@playwright/test';
import { DEMO_RESIDENT } from '../../seed/accounts';
import { open, staffState, zh } from '../helpers/e2e/app';

test.use({ storageState: staffState('committee') });

test('a committee member sees a resident’s full number once, after giving a reason', async ({
	page
}) => {
	await open(page, `/committee/accounts?q=${encodeURIComponent(DEMO_RESIDENT.name)}`);
	await expect(page.getByText(DEMO_RESIDENT.phone)).toHaveCount(0);
	await page.getByText(zh('oversight.unmask.open')).first().click();
	const submit = page.getByRole('button', {
		name: zh('oversight.unmask.openLabel', { name: DEMO_RESIDENT.name })
	});
	await page.getByLabel(zh('oversight.unmask.reason')).first().fill('上门服务前电话确认');
	await submit.click();

	await expect(page).toHaveURL('/committee/unmask');
	await expect(page.getByText(DEMO_RESIDENT.phone)).toBeVisible();
	await expect(page.getByText(zh('oversight.unmask.once'))).toBeVisible();

	// Opening the page again shows no number: it was in the answer to that one request only.
	await open(page, '/committee/unmask');
	await expect(page.getByText(DEMO_RESIDENT.phone)).toHaveCount(0);
});
