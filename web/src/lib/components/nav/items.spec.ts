import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { currentNavHref, NAV_ITEMS, navItemsFor, type NavItem } from './items';

/** URL paths of the app's pages: folders holding a +page.svelte, with (group) folders left out. */
function routePaths(dir: string, prefix = ''): Set<string> {
	const found = new Set<string>();
	if (existsSync(path.join(dir, '+page.svelte'))) found.add(prefix || '/');
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (!entry.isDirectory()) continue;
		const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`;
		for (const p of routePaths(path.join(dir, entry.name), prefix + segment)) found.add(p);
	}
	return found;
}

const items: NavItem[] = [
	{ href: '/', label: 'nav.home', audience: 'anyone', group: 'main' },
	{ href: '/settings', label: 'nav.settings', audience: 'anyone', group: 'main' },
	{ href: '/account', label: 'nav.account', audience: 'signed-in', group: 'main' },
	{ href: '/committee', label: 'nav.committee', audience: { role: 'committee' }, group: 'staff' },
	{ href: '/admin', label: 'nav.admin', audience: { role: 'admin' }, group: 'staff' }
];

describe('navItemsFor', () => {
	it.each([
		{ who: 'a visitor', roles: null, hrefs: ['/', '/settings'] },
		{ who: 'a resident', roles: ['resident'], hrefs: ['/', '/settings', '/account'] },
		{
			who: 'a committee member',
			roles: ['resident', 'committee'],
			hrefs: ['/', '/settings', '/account', '/committee']
		},
		{
			who: 'an admin who is also committee',
			roles: ['admin', 'committee'],
			hrefs: ['/', '/settings', '/account', '/committee', '/admin']
		},
		{ who: 'an auditor', roles: ['auditor'], hrefs: ['/', '/settings', '/account'] }
	] as const)('should show $who only their links', ({ roles, hrefs }) => {
		expect(navItemsFor(roles, items).map((i) => i.href)).toEqual(hrefs);
	});

	it('should link only to pages that exist', () => {
		const pages = routePaths(fileURLToPath(new URL('../../../routes', import.meta.url)));
		const missing = NAV_ITEMS.map((i) => i.href).filter((href) => !pages.has(href));
		expect(missing).toEqual([]);
	});
});

describe('currentNavHref', () => {
	it.each([
		['/', '/'],
		['/settings', '/settings'],
		['/admin/nodes/4', '/admin'],
		['/committee/invitations', '/committee'],
		['/administrator', null],
		['/login', null]
	])('should mark %s as %s', (pathname, expected) => {
		expect(currentNavHref(pathname, items)).toBe(expected);
	});
});
