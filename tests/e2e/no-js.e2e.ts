import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_RESIDENT } from '../../seed/accounts';
import { logOut, markWithoutJs, newResident, register, submitLogin, zh } from '../helpers/e2e/app';

// A cheap phone on a slow network may show the page long before its JavaScript runs, or never
// run it: every form of the foundation must work as a plain HTML form.
test.use({ javaScriptEnabled: false });
test.beforeEach(({ page }) => markWithoutJs(page));

test.describe('without JavaScript', () => {
	test('registering, logging out and logging in again', async ({ page }) => {
		const resident = newResident();
		await register(page, resident);
		expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
		await logOut(page);
		await submitLogin(page, resident.phone, resident.password);
		await expect(page).toHaveURL('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			zh('home.greeting', { name: resident.name })
		);
	});

	test('a wrong password shows the error next to the form', async ({ page }) => {
		await page.goto('/login');
		await submitLogin(page, DEMO_RESIDENT.phone, `${DEMO_PASSWORD}-wrong`);
		await expect(page.getByRole('alert')).toHaveText(zh('auth.error.credentials'));
	});

	test('switching language and large text', async ({ page }) => {
		await page.goto('/settings');
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.getByRole('button', { name: '中文' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await page.getByRole('checkbox', { name: zh('settings.display.largeText') }).check();
		await page
			.getByRole('main')
			.getByRole('button', { name: zh('settings.save') })
			.last()
			.click();
		await expect(page).toHaveURL('/settings?saved');
		await expect(page.locator('html')).toHaveClass(/\blarge-text\b/);
		await expect(page.getByRole('status')).toHaveText(zh('settings.saved'));
	});
});
