import { expect, test, type Page } from '@playwright/test';
import { DEMO_ORGANISER, DEMO_INSPECTOR } from '../../seed/accounts';
import { en, logIn, logOut, open, zh } from '../helpers/e2e/app';

async function bodyFontPx(page: Page): Promise<number> {
	return page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
}

test.describe('language', () => {
	test('a visitor switches to English from any page and it is remembered', async ({ page }) => {
		await page.goto('/login');
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page).toHaveURL('/login');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('auth.login.title'));
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('home.title'));
		await page.getByRole('button', { name: '中文' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh('home.title'));
	});

	test('a signed-in choice follows the person to another device', async ({ browser }) => {
		const first = await browser.newContext();
		const page = await first.newPage();
		await logIn(page, DEMO_ORGANISER.phone);
		await open(page, '/settings');
		await page.getByRole('radio', { name: zh('settings.language.en') }).check();
		await page
			.getByRole('main')
			.getByRole('button', { name: zh('settings.save') })
			.first()
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('settings.title'));
		await expect(page.getByRole('status')).toHaveText(en('settings.saved'));
		await first.close();

		// A new browser has no language cookie: the account's language is used after logging in.
		const second = await browser.newContext();
		const other = await second.newPage();
		await logIn(other, DEMO_ORGANISER.phone);
		await expect(other.locator('html')).toHaveAttribute('lang', 'en');
		await other.getByRole('button', { name: '中文' }).click();
		await expect(other.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await second.close();
	});
});

test.describe('display modes', () => {
	test('large text from the header applies at once, stays, and is at least 18px', async ({
		page
	}) => {
		await page.goto('/');
		const toggle = page.getByRole('button', { name: zh('settings.display.quickLargeOn') });
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		const normal = await bodyFontPx(page);
		await toggle.click();
		await expect(page.locator('html')).toHaveClass(/\blarge-text\b/);
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		const large = await bodyFontPx(page);
		expect(large).toBeGreaterThanOrEqual(18);
		expect(large).toBeGreaterThan(normal);
		await open(page, '/settings');
		await expect(page.locator('html')).toHaveClass(/\blarge-text\b/);
		await expect(
			page.getByRole('checkbox', { name: zh('settings.display.largeText') })
		).toBeChecked();
	});

	test('high contrast and large text are saved on the account', async ({ browser }) => {
		const first = await browser.newContext();
		const page = await first.newPage();
		await logIn(page, DEMO_INSPECTOR.phone);
		await open(page, '/settings');
		await page.getByRole('checkbox', { name: zh('settings.display.largeText') }).check();
		await page.getByRole('checkbox', { name: zh('settings.display.highContrast') }).check();
		await page
			.getByRole('main')
			.getByRole('button', { name: zh('settings.save') })
			.last()
			.click();
		await expect(page.locator('html')).toHaveClass(/\blarge-text\b/);
		await expect(page.locator('html')).toHaveClass(/\bhigh-contrast\b/);
		await first.close();

		const second = await browser.newContext();
		const other = await second.newPage();
		await other.goto('/');
		await expect(other.locator('html')).not.toHaveClass(/large-text|high-contrast/);
		await logIn(other, DEMO_INSPECTOR.phone);
		await expect(other.locator('html')).toHaveClass(/\blarge-text\b/);
		await expect(other.locator('html')).toHaveClass(/\bhigh-contrast\b/);
		// Back to normal, so the account is as the seed left it for anyone else.
		await open(other, '/settings');
		await other.getByRole('checkbox', { name: zh('settings.display.largeText') }).uncheck();
		await other.getByRole('checkbox', { name: zh('settings.display.highContrast') }).uncheck();
		await other
			.getByRole('main')
			.getByRole('button', { name: zh('settings.save') })
			.last()
			.click();
		await expect(other.locator('html')).not.toHaveClass(/large-text|high-contrast/);
		await logOut(other);
		await second.close();
	});

	test('at 200% zoom with large text nothing needs sideways scrolling', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: zh('settings.display.quickLargeOn') }).click();
		await expect(page.locator('html')).toHaveClass(/\blarge-text\b/);
		// A 1280px-wide window at 200% zoom lays out like a 640px one; 320px is WCAG's reflow width.
		for (const width of [640, 320]) {
			await page.setViewportSize({ width, height: 900 });
			for (const path of ['/', '/login', '/register', '/settings']) {
				await page.goto(path);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
				// Nothing in the content sticks out of the content column either.
				const sticking = await page.evaluate(() => {
					const main = document.querySelector('main');
					if (!main) return ['no <main>'];
					const edge =
						main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
					return [...main.querySelectorAll('*')]
						.filter((el) => el.getBoundingClientRect().right > edge + 1)
						.map((el) => el.outerHTML.slice(0, 80));
				});
				expect(sticking, `${path} at ${width}px`).toEqual([]);
			}
		}
	});
});
