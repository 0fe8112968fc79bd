import type { NavItem } from './items';

/** Links of the redemption feature (issue 7), listed in the one nav registry. */
export const REDEMPTION_NAV_ITEMS: readonly NavItem[] = [
	{ href: '/offers', label: 'nav.offers', audience: { role: 'resident' }, group: 'main' },
	{ href: '/vouchers', label: 'nav.vouchers', audience: { role: 'resident' }, group: 'main' },
	{ href: '/partner', label: 'nav.partner', audience: { role: 'partner' }, group: 'staff' }
];
