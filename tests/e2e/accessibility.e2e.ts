import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { open } from '../helpers/e2e/app';
import {
	englishLargeHighContrast,
	pageAs,
	pages,
	pathOf,
	type Visit,
	type Who
} from '../helpers/e2e/main-pages';

/*
 * Every main page, as each kind of user sees it with the demo data, checked by axe against WCAG
 * 2.1 A and AA: contrast, names of controls, labels in names, headings, landmarks, lists. Many
 * residents are old, and some use a screen reader, a magnifier or speech input.
 */

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The findings on `visits`, each with the rule, what it asks and the first places it failed. */
async function audit(page: Page, visits: Visit[]) {
	const found = [];
	for (const visit of visits) {
		const path = await pathOf(page, visit);
		await open(page, path);
		const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		found.push(
			...violations.map((v) => ({
				path,
				rule: v.id,
				help: v.help,
				where: v.nodes.slice(0, 3).map((n) => n.target.join(' '))
			}))
		);
	}
	return found;
}

test('the public pages meet it too in English, with large text and high contrast', async ({
	browser
}) => {
	const context = await englishLargeHighContrast(browser, test.info().project.use.baseURL);
	const page = await context.newPage();
	const found = await audit(page, pages.visitor);
	await expect(page.locator('html')).toHaveClass(/high-contrast/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await context.close();
	expect(found).toEqual([]);
});

for (const [who, visits] of Object.entries(pages) as [Who, Visit[]][]) {
	test(`the ${who}'s pages meet WCAG 2.1 AA as axe checks it`, async ({ browser }) => {
		const { page, close } = await pageAs(browser, who);
		const found = await audit(page, visits);
		await close();
		expect(found).toEqual([]);
	});
}
