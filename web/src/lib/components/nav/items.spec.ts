import { describe, expect, it } from 'vitest';
import { currentNavHref, navItemsFor, type NavItem } from './items';

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

	it('should list only pages that exist in the real list', () => {
		const hrefs = navItemsFor(['committee', 'admin']).map((i) => i.href);
		expect(hrefs).toEqual(['/', '/settings', '/committee', '/admin']);
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
