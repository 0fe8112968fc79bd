import type { NavItem } from './items';

/**
 * Links of oversight (issue 9) for auditors. Committee members reach the same pages from their
 * console; one entry per href keeps the list free of duplicates for people holding both roles.
 */
export const OVERSIGHT_NAV_ITEMS: readonly NavItem[] = [
	{
		href: '/dashboard',
		label: 'oversight.dash.title',
		audience: { role: 'auditor' },
		group: 'staff'
	},
	{ href: '/audit', label: 'oversight.audit.title', audience: { role: 'auditor' }, group: 'staff' }
];
