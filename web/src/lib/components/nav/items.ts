import type { Role } from '$lib/domain/access';
import type { MessageKey } from '$lib/i18n';
import { REDEMPTION_NAV_ITEMS } from './redemption-items';
import { OVERSIGHT_NAV_ITEMS } from './oversight-items';

/**
 * Who sees a link: everyone, anyone signed in, or holders of one role (on any node). Roles only
 * decide what is shown; every page still checks access itself.
 */
export type NavAudience = 'anyone' | 'signed-in' | { role: Role };

export interface NavItem {
	href: string;
	label: MessageKey;
	audience: NavAudience;
	/** `main` links are for everyone's daily use; `staff` links open a console. */
	group: 'main' | 'staff';
}

/**
 * The one list of navigation links. A feature adds its link here when its page exists (for
 * example `{ href: '/wallet', label: 'nav.wallet', audience: { role: 'resident' }, group: 'main' }`);
 * links to pages that do not exist yet are not added.
 */
export const NAV_ITEMS: readonly NavItem[] = [
	{ href: '/', label: 'nav.home', audience: 'anyone', group: 'main' },
	{ href: '/settings', label: 'nav.settings', audience: 'anyone', group: 'main' },
	{ href: '/activities', label: 'nav.activities', audience: 'signed-in', group: 'main' },
	{ href: '/mutual-aid', label: 'nav.mutualAid', audience: 'signed-in', group: 'main' },
	{ href: '/council', label: 'council.nav', audience: 'anyone', group: 'main' },
	{ href: '/organiser', label: 'nav.organiser', audience: { role: 'organiser' }, group: 'staff' },
	{ href: '/wallet', label: 'nav.wallet', audience: { role: 'resident' }, group: 'main' },
	{ href: '/sorting', label: 'nav.sorting', audience: { role: 'resident' }, group: 'main' },
	{
		href: '/sorting/record',
		label: 'nav.sortingRecord',
		audience: { role: 'inspector' },
		group: 'staff'
	},
	...REDEMPTION_NAV_ITEMS,
	{ href: '/committee', label: 'nav.committee', audience: { role: 'committee' }, group: 'staff' },
	{
		href: '/committee/accounts',
		label: 'nav.accounts',
		audience: { role: 'auditor' },
		group: 'staff'
	},
	{ href: '/admin', label: 'nav.admin', audience: { role: 'admin' }, group: 'staff' },
	...OVERSIGHT_NAV_ITEMS
];

/** The links shown to a person holding `roles`; `null` is a visitor who is not signed in. */
export function navItemsFor(
	roles: readonly Role[] | null,
	items: readonly NavItem[] = NAV_ITEMS
): NavItem[] {
	return items.filter(({ audience }) => {
		if (audience === 'anyone') return true;
		if (roles === null) return false;
		if (audience === 'signed-in') return true;
		return roles.includes(audience.role);
	});
}

/** The link for the page at `pathname`: the longest matching prefix, so `/admin/nodes/4` → `/admin`. */
export function currentNavHref(pathname: string, items: readonly NavItem[]): string | null {
	let best: string | null = null;
	for (const { href } of items) {
		const matches =
			href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
		if (matches && (best === null || href.length > best.length)) best = href;
	}
	return best;
}
