/**
 * The roles of PRODUCT.md "People and places". The database enum `role` (db/schema/identity.ts)
 * holds the same list; tests/integration/access/roles.spec.ts keeps the two in step.
 */
export const ROLES = [
	'resident',
	'organiser',
	'committee',
	'inspector',
	'partner',
	'auditor',
	'admin'
] as const;

export type Role = (typeof ROLES)[number];

/** Roles an admin may grant on a node. `resident` is not granted: it follows from the community. */
export const GRANTABLE_ROLES = [
	'organiser',
	'committee',
	'inspector',
	'partner',
	'auditor',
	'admin'
] as const satisfies readonly Role[];

export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isGrantableRole(value: unknown): value is GrantableRole {
	return typeof value === 'string' && (GRANTABLE_ROLES as readonly string[]).includes(value);
}
