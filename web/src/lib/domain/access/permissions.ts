import type { Role } from './roles';

/**
 * The one permission table: which roles allow what. A role counts on the node it was granted on
 * and on every node below it. Later features add rows here; nothing else decides who may act.
 * Keys are `area.action`, optionally `.scope`.
 */
export const PERMISSIONS = {
	// People
	'member.verify': ['committee'],
	'member.read': ['committee'],
	'invitation.create': ['committee'],
	'organisation.approve': ['committee'],
	'partner.approve': ['committee'],
	// Places and roles (platform operation)
	'hierarchy.manage': ['admin'],
	'role.grant': ['admin'],
	// Time bank
	'activity.publish': ['organiser', 'committee'],
	'activity.confirm': ['organiser', 'committee'],
	'activity.join': ['resident'],
	'mutualaid.post': ['resident'],
	'mutualaid.resolve': ['committee'],
	'carepool.grant': ['committee'],
	// Ledger and oversight
	'ledger.read.community': ['committee', 'auditor'],
	'ledger.verify': ['auditor'],
	'audit.read': ['auditor', 'committee'],
	'report.read': ['committee', 'auditor'],
	'settings.manage': ['committee'],
	// Citizen council
	'council.manage': ['committee'],
	'council.propose': ['resident'],
	'council.vote': ['resident'],
	// Waste sorting
	'sorting.record': ['inspector'],
	'sorting.read': ['inspector', 'committee', 'auditor'],
	'sorting.manage': ['committee'],
	// Redemption
	'redeem.offer': ['resident'],
	'redeem.confirm': ['partner'],
	'settlement.read': ['partner', 'auditor', 'committee'],
	'settlement.manage': ['committee'],
	'reconciliation.read': ['committee', 'auditor']
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(value: unknown): value is Permission {
	return typeof value === 'string' && Object.hasOwn(PERMISSIONS, value);
}

/** The roles that carry a permission. */
export function rolesFor(permission: Permission): readonly Role[] {
	return PERMISSIONS[permission];
}
