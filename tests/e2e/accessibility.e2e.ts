import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
	DEMO_AUDITOR,
	DEMO_INSPECTOR,
	DEMO_ORGANISER,
	DEMO_PARTNER,
	DEMO_RESIDENT
} from '../../seed/accounts';
import { LOCALE_COOKIE } from '../../web/src/lib/i18n';
import { DISPLAY_COOKIE } from '../../web/src/lib/server/preferences';
import { logIn, open, staffState, type StaffRole } from '../helpers/e2e/app';

/*
 * Every main page, as each kind of user sees it with the demo data, checked by axe against WCAG
 * 2.1 A and AA: contrast, names of controls, labels in names, headings, landmarks, lists. Many
 * residents are old, and some use a screen reader, a magnifier or speech input.
 */

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Who = 'visitor' | 'resident' | 'inspector' | 'partner' | 'auditor' | 'organiser' | StaffRole;

/** A page by its path, or the first page a list links to (a detail page of the demo data). */
type Visit = string | { from: string; link: RegExp };

const pages: Record<Who, Visit[]> = {
	visitor: ['/', '/login', '/register', '/verify', '/council', '/partners/apply', '/sponsor'],
	resident: [
		'/',
		'/wallet',
		'/offers',
		'/vouchers',
		'/activities',
		'/council',
		'/sorting',
		'/sorting/my-code',
		'/sorting/guide',
		'/notifications',
		'/account',
		'/account/security',
		'/account/data',
		'/settings',
		'/mutual-aid',
		'/mutual-aid/new',
		'/council/new',
		'/donate',
		{ from: '/offers', link: /^\/offers\/\d+$/ },
		{ from: '/activities', link: /^\/activities\/\d+$/ },
		{ from: '/council', link: /^\/council\/\d+$/ },
		{ from: '/mutual-aid', link: /^\/mutual-aid\/\d+$/ },
		{ from: '/wallet', link: /^\/verify\?receipt=/ }
	],
	organiser: ['/organiser', '/organiser/new', { from: '/organiser', link: /^\/organiser\/\d+$/ }],
	inspector: ['/sorting/record', '/sorting/recorded'],
	partner: ['/partner', '/partner/counter', '/partner/statements'],
	auditor: ['/audit', '/dashboard'],
	committee: [
		'/committee',
		'/committee/accounts',
		'/committee/council',
		'/committee/sorting',
		'/committee/sorting/points',
		'/committee/sorting/households',
		'/committee/sorting/guide',
		'/committee/partners',
		'/committee/settlements',
		'/committee/reconciliation',
		'/committee/invitations',
		'/committee/sorting/dropoffs',
		'/committee/timebank',
		'/committee/redemption-settings',
		{ from: '/committee/accounts', link: /^\/committee\/accounts\/community\// }
	],
	admin: ['/admin', { from: '/admin', link: /^\/admin\/nodes\/\d+$/ }]
};

const logins: Partial<Record<Who, string>> = {
	resident: DEMO_RESIDENT.phone,
	inspector: DEMO_INSPECTOR.phone,
	partner: DEMO_PARTNER.phone,
	auditor: DEMO_AUDITOR.phone,
	organiser: DEMO_ORGANISER.phone
};

async function pageAs(browser: Browser, who: Who) {
	const staff = who === 'committee' || who === 'admin';
	const context = await browser.newContext(staff ? { storageState: staffState(who) } : {});
	const page = await context.newPage();
	const login = logins[who];
	if (login) await logIn(page, login);
	return { page, close: () => context.close() };
}

async function firstLink(page: Page, { from, link }: { from: string; link: RegExp }) {
	await open(page, from);
	const hrefs = await page
		.locator('main a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	const href = hrefs.find((h): h is string => h !== null && link.test(h));
	if (!href) throw new Error(`${from} links to nothing like ${link}: the demo data changed`);
	return href;
}

/** The findings on `visits`, each with the rule, what it asks and the first places it failed. */
async function audit(page: Page, visits: Visit[]) {
	const found = [];
	for (const visit of visits) {
		const path = typeof visit === 'string' ? visit : await firstLink(page, visit);
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
	const context = await browser.newContext();
	const url = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1');
	const cookie = (name: string, value: string) => ({
		name,
		value,
		domain: url.hostname,
		path: '/'
	});
	await context.addCookies([
		cookie(LOCALE_COOKIE, 'en'),
		cookie(DISPLAY_COOKIE, 'large-text,high-contrast')
	]);
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
