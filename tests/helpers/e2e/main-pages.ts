import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { LOCALE_COOKIE } from '../../../web/src/lib/i18n';
import { DISPLAY_COOKIE } from '../../../web/src/lib/server/preferences';
import { open, staffState, type DemoRole, type StaffRole } from './app';

/* The main pages of the app, as each kind of user reaches them with the demo data: what the
 * accessibility and reflow specs walk through. */

export type Who = 'visitor' | DemoRole | StaffRole;

/** A page by its path, or the first page a list links to (a detail page of the demo data). */
export type Visit = string | { from: string; link: RegExp };

export const pages: Record<Who, Visit[]> = {
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

/** A page as `who`, signed in with the session the setup project saved (see staff.setup.ts). */
export async function pageAs(browser: Browser, who: Who, options: BrowserContextOptions = {}) {
	const context = await browser.newContext({
		...options,
		...(who === 'visitor' ? {} : { storageState: staffState(who) })
	});
	const page = await context.newPage();
	return { page, close: () => context.close() };
}

/** The path of a visit: itself, or the first link on its list that matches. */
export async function pathOf(page: Page, visit: Visit): Promise<string> {
	return typeof visit === 'string' ? visit : firstLink(page, visit);
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

/** A fresh browser context whose visitor reads English with large text and high contrast. */
export async function englishLargeHighContrast(
	browser: Browser,
	baseURL: string | undefined,
	options: BrowserContextOptions = {}
) {
	const context = await browser.newContext(options);
	const url = baseURL ?? 'http://127.0.0.1';
	await context.addCookies([
		{ name: LOCALE_COOKIE, value: 'en', url },
		{ name: DISPLAY_COOKIE, value: 'large-text,high-contrast', url }
	]);
	return context;
}
