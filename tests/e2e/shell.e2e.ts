import { expect, test } from '@playwright/test';
import { DEMO_RESIDENT } from '../../seed/accounts';
import { logIn, staffState, zh } from '../helpers/e2e/app';

test.describe('interface shell', () => {
	test('a visitor sees what Linli is, with log-in and sign-up buttons', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh('home.title'));
		const main = page.getByRole('main');
		await main.getByRole('link', { name: zh('home.cta.login') }).click();
		await expect(page).toHaveURL('/login');
		await page.goBack();
		await main.getByRole('link', { name: zh('home.cta.register') }).click();
		await expect(page).toHaveURL('/register');
	});

	test('the skip link is the first stop for the keyboard and moves focus to the content', async ({
		page
	}) => {
		await page.goto('/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: zh('nav.skip') });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();
	});

	test('navigation shows consoles only to people who hold the role', async ({ browser }) => {
		const nav = (page: import('@playwright/test').Page) =>
			page.getByRole('navigation', { name: zh('nav.main') });
		const cases = [
			{ state: null, committee: false, admin: false },
			{ state: staffState('committee'), committee: true, admin: false },
			{ state: staffState('admin'), committee: false, admin: true }
		];
		for (const c of cases) {
			const context = await browser.newContext(c.state ? { storageState: c.state } : {});
			const page = await context.newPage();
			if (c.state) await page.goto('/');
			else await logIn(page, DEMO_RESIDENT.phone);
			await expect(nav(page).getByRole('link', { name: zh('nav.home') })).toHaveAttribute(
				'aria-current',
				'page'
			);
			await expect(nav(page).getByRole('link', { name: zh('nav.committee') })).toHaveCount(
				c.committee ? 1 : 0
			);
			await expect(nav(page).getByRole('link', { name: zh('nav.admin') })).toHaveCount(
				c.admin ? 1 : 0
			);
			await context.close();
		}
	});

	test('every button and link in the header is at least 44px tall', async ({ browser }) => {
		const context = await browser.newContext({
			storageState: staffState('committee'),
			viewport: { width: 390, height: 844 }
		});
		const page = await context.newPage();
		await page.goto('/');
		const targets = page.locator('header a, header button, header summary, nav a');
		const count = await targets.count();
		expect(count).toBeGreaterThan(4);
		for (let i = 0; i < count; i++) {
			const box = await targets.nth(i).boundingBox();
			expect(box, `target ${i}`).not.toBeNull();
			expect(box?.height ?? 0, `target ${i} height`).toBeGreaterThanOrEqual(44);
			expect(box?.width ?? 0, `target ${i} width`).toBeGreaterThanOrEqual(44);
		}
		await context.close();
	});

	test('the account menu opens, closes on Escape and after choosing a page, and logs out', async ({
		page
	}) => {
		await logIn(page, DEMO_RESIDENT.phone);
		const summary = page.locator('header summary');
		await expect(summary).toContainText(DEMO_RESIDENT.name);
		const account = page.locator('header').getByRole('link', { name: zh('nav.account') });
		await summary.click();
		await expect(account).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(account).toBeHidden();
		await expect(summary).toBeFocused();
		await summary.click();
		await account.click();
		await expect(page).toHaveURL('/account');
		await expect(account).toBeHidden();
		await summary.click();
		await page
			.locator('header')
			.getByRole('button', { name: zh('auth.nav.logout') })
			.click();
		await expect(page).toHaveURL('/login');
		await expect(page.locator('header summary')).toHaveCount(0);
	});

	test('an unknown address shows a friendly page in Chinese', async ({ page }) => {
		const response = await page.goto('/no-such-page');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh('error.notFound'));
		await expect(page.getByRole('link', { name: zh('nav.home') }).first()).toBeVisible();
	});
});
