import { expect, test } from '@playwright/test';
import { DEMO_RESIDENT, DEMO_STREET_COMMITTEE } from '../../seed/accounts';
import { logIn, newResident, open, register, submitLogin, zh } from '../helpers/e2e/app';
import { passTwoFactor } from '../helpers/e2e/two-factor';

test.describe('logging in and access', () => {
	test('a wrong password is refused with a clear message', async ({ page }) => {
		const resident = newResident();
		await register(page, resident);
		await page.context().clearCookies();
		await open(page, '/login');
		await submitLogin(page, resident.phone, 'not-the-password-1');
		await expect(page).toHaveURL(/\/login/);
		await expect(page.getByRole('alert')).toHaveText(zh('auth.error.credentials'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh('auth.login.title'));
	});

	test('a resident is refused the committee console', async ({ page }) => {
		await logIn(page, DEMO_RESIDENT.phone);
		const response = await page.goto('/committee');
		expect(response?.status()).toBe(403);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh('error.forbidden'));
	});

	test('a visitor is sent to log in and brought back afterwards', async ({ page }) => {
		await page.goto('/committee');
		await expect(page).toHaveURL('/login?redirectTo=%2Fcommittee');
		// The street committee member is staff, so a one-time code follows the password; the only
		// form login of this account in the run (the setup project signs in the community one).
		await submitLogin(page, DEMO_STREET_COMMITTEE.phone);
		await passTwoFactor(page);
		await expect(page).toHaveURL('/committee');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh('committee.title'));
	});
});
