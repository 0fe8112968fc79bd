import { expect, test } from '@playwright/test';
import { DEMO_COMMUNITY } from '../../seed/accounts';
import { logIn, logOut, newResident, open, register, staffState, zh } from '../helpers/e2e/app';

test.describe('joining a community', () => {
	test('a newcomer registers, the committee verifies them, and they see their community', async ({
		browser
	}) => {
		const resident = newResident();
		const residentContext = await browser.newContext();
		const page = await residentContext.newPage();
		await register(page, resident);
		await expect(page.getByText(zh('home.status.unverified'))).toBeVisible();
		await expect(page.getByText(DEMO_COMMUNITY)).toBeVisible();
		await logOut(page);

		const staffContext = await browser.newContext({ storageState: staffState('committee') });
		const staff = await staffContext.newPage();
		await open(staff, '/');
		await staff
			.getByRole('navigation', { name: zh('nav.main') })
			.getByRole('link', { name: zh('nav.committee') })
			.click();
		await expect(staff).toHaveURL('/committee');
		await staff
			.getByRole('button', { name: zh('committee.approveLabel', { name: resident.name }) })
			.click();
		await expect(staff.getByRole('status')).toHaveText(
			zh('committee.approved', { name: resident.name })
		);
		await staffContext.close();

		await logIn(page, resident.phone, resident.password);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			zh('home.greeting', { name: resident.name })
		);
		await expect(page.getByText(DEMO_COMMUNITY)).toBeVisible();
		await expect(page.getByText(zh('home.status.verified'))).toBeVisible();
		await residentContext.close();
	});

	test('a rejected newcomer is told the reason', async ({ browser }) => {
		const resident = newResident();
		const residentContext = await browser.newContext();
		const page = await residentContext.newPage();
		await register(page, resident);

		const staffContext = await browser.newContext({ storageState: staffState('committee') });
		const staff = await staffContext.newPage();
		await open(staff, '/committee');
		const card = staff.getByRole('listitem').filter({ hasText: resident.name });
		await card.getByText(zh('committee.reject'), { exact: true }).first().click();
		await card.getByLabel(zh('committee.reason')).fill('不住在本社区');
		await card
			.getByRole('button', { name: zh('committee.rejectLabel', { name: resident.name }) })
			.click();
		await expect(staff.getByRole('status')).toHaveText(
			zh('committee.rejected', { name: resident.name })
		);
		await staffContext.close();

		await page.reload();
		await expect(page.getByText(zh('home.status.rejected'))).toBeVisible();
		await expect(
			page.getByText(zh('home.status.reason', { reason: '不住在本社区' }))
		).toBeVisible();
		await residentContext.close();
	});
});
