import { expect, test, type Page } from '@playwright/test';
import { newResident, open, register, zh } from '../helpers/e2e/app';
import {
	englishLargeHighContrast,
	pageAs,
	pages,
	pathOf,
	type Visit,
	type Who
} from '../helpers/e2e/main-pages';

/*
 * WCAG 1.4.10, reflow: at 320 CSS px wide (a small phone, or a desktop zoomed to 400%) no page
 * scrolls sideways; a table too wide scrolls inside its own frame. Many residents read with the
 * text made large, so the public pages and a resident's own pages are checked in large text too.
 */

const NARROW = { width: 320, height: 640 };

/** Pages wider than the window, with the elements that reach furthest past its edge. */
async function overflowing(page: Page, visits: Visit[]) {
	const found = [];
	for (const visit of visits) {
		const path = await pathOf(page, visit);
		await open(page, path);
		const wide = await page.evaluate(() => {
			const limit = window.innerWidth;
			if (document.documentElement.scrollWidth <= limit) return null;
			const past = [...document.querySelectorAll('body *')]
				.map((e) => ({ e, right: e.getBoundingClientRect().right }))
				.filter(({ right }) => right > limit + 1)
				.sort((a, b) => b.right - a.right)
				.slice(0, 3);
			return past.map(({ e, right }) => `${e.tagName.toLowerCase()}.${e.className} ${right}px`);
		});
		if (wide) found.push({ path, wide });
	}
	return found;
}

for (const [who, visits] of Object.entries(pages) as [Who, Visit[]][]) {
	test(`the ${who}'s pages fit 320 px without scrolling sideways`, async ({ browser }) => {
		const { page, close } = await pageAs(browser, who, { viewport: NARROW });
		const found = await overflowing(page, visits);
		await close();
		expect(found).toEqual([]);
	});
}

test('the public pages fit 320 px in large text', async ({ browser }) => {
	const context = await englishLargeHighContrast(browser, test.info().project.use.baseURL, {
		viewport: NARROW
	});
	const found = await overflowing(await context.newPage(), pages.visitor);
	await context.close();
	expect(found).toEqual([]);
});

test("a resident's own pages fit 320 px in large text", async ({ browser }) => {
	// A resident of their own, so that turning large text on changes no one else's pages.
	const context = await browser.newContext({ viewport: NARROW });
	const page = await context.newPage();
	await register(page, newResident());
	const toggle = page.getByRole('button', { name: zh('settings.display.quickLargeOn') });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	const own = pages.resident.filter((v): v is string => typeof v === 'string');
	const found = await overflowing(page, own);
	await context.close();
	expect(found).toEqual([]);
});
