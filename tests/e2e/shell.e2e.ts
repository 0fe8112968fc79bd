import { expect, test } from '@playwright/test';
import { DEMO_ADMIN, DEMO_COMMITTEE, DEMO_RESIDENT } from '../../seed/accounts';
import { logIn, zh } from '../helpers/e2e/app';

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
			{ login: DEMO_RESIDENT.phone, committee: false, admin: false },
			{ login: DEMO_COMMITTEE.phone, committee: true, admin: false },
			{ login: DEMO_ADMIN.phone, committee: false, admin: true }
		];
		for (const c of cases) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await logIn(page, c.login);
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

	test('every button and link in the header is at least 44px tall', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await logIn(page, DEMO_COMMITTEE.phone);
		const targets = page.locator('header a, header button, header summary, nav a');
		const count = await targets.count();
		expect(count).toBeGreaterThan(4);
		for (let i = 0; i < count; i++) {
			const box = await targets.nth(i).boundingBox();
			expect(box, `target ${i}`).not.toBeNull();
			expect(box?.height ?? 0, `target ${i} height`).toBeGreaterThanOrEqual(44);
			expect(box?.width ?? 0, `target ${i} width`).toBeGreaterThanOrEqual(44);
		}
	});

	test('an unknown address shows a friendly page in Chinese', async ({ page }) => {
		const response = await page.goto('/no-such-page');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh('error.notFound'));
		await expect(page.getByRole('link', { name: zh('nav.home') }).first()).toBeVisible();
	});
});
