import { describe, expect, it } from 'vitest';
import {
	can,
	canSomewhere,
	isAtOrBelow,
	scopesFor,
	type AccessSubject,
	type RoleGrant
} from './can';
import { isPermission, PERMISSIONS, type Permission } from './permissions';
import { ROLES, type Role } from './roles';

// city 1 → district 2 → street 3 → communities 4 and 5 → grid 6 (in 4); district 7 elsewhere.
const CITY = '/1/';
const DISTRICT = '/1/2/';
const STREET = '/1/2/3/';
const COMMUNITY = '/1/2/3/4/';
const SIBLING = '/1/2/3/5/';
const GRID = '/1/2/3/4/6/';
const OTHER_DISTRICT = '/1/7/';

function person(roles: [Role, string][], status: AccessSubject['status'] = 'verified') {
	const grants: RoleGrant[] = roles.map(([role, nodePath]) => ({
		role,
		nodePath,
		nodeId: Number(nodePath.split('/').at(-2))
	}));
	return { id: 1, status, roles: grants } satisfies AccessSubject;
}

/** Written out by hand from PRODUCT.md and issue 2, not derived from the table under test. */
const EXPECTED: [Permission, Role[]][] = [
	['member.verify', ['committee']],
	['invitation.create', ['committee']],
	['hierarchy.manage', ['admin']],
	['role.grant', ['admin']],
	['ledger.read.community', ['committee', 'auditor']],
	['activity.publish', ['organiser', 'committee']],
	['activity.join', ['resident']],
	['sorting.record', ['inspector']],
	['redeem.confirm', ['partner']],
	['council.manage', ['committee']],
	['council.vote', ['resident']],
	['audit.read', ['auditor', 'committee']]
];

describe('permission matrix', () => {
	const cases = EXPECTED.flatMap(([permission, holders]) =>
		ROLES.map((role) => ({ permission, role, allowed: holders.includes(role) }))
	);
	it.each(cases)('$role → $permission should be $allowed', ({ permission, role, allowed }) => {
		expect(can(person([[role, COMMUNITY]]), permission, COMMUNITY)).toBe(allowed);
	});

	it('should give admin nothing beyond its rows (no implicit superuser)', () => {
		const admin = person([['admin', CITY]]);
		expect(can(admin, 'member.verify', COMMUNITY)).toBe(false);
		expect(can(admin, 'hierarchy.manage', COMMUNITY)).toBe(true);
	});

	it('should only name known roles in the table', () => {
		for (const roles of Object.values(PERMISSIONS)) {
			for (const role of roles) expect(ROLES).toContain(role);
		}
	});

	it('should recognise permission keys', () => {
		expect(isPermission('member.verify')).toBe(true);
		expect(isPermission('member.delete')).toBe(false);
		expect(isPermission('toString')).toBe(false);
	});
});

describe('inheritance down the hierarchy', () => {
	const streetCommittee = person([['committee', STREET]]);
	it.each([
		[STREET, true],
		[COMMUNITY, true],
		[SIBLING, true],
		[GRID, true],
		[DISTRICT, false],
		[CITY, false],
		[OTHER_DISTRICT, false]
	])('street committee at %s → %s', (target, allowed) => {
		expect(can(streetCommittee, 'member.verify', target)).toBe(allowed);
	});

	it('should not confuse /1/2/ with /1/23/ (prefix on whole segments)', () => {
		const p = person([['committee', '/1/2/']]);
		expect(can(p, 'member.verify', '/1/23/')).toBe(false);
		expect(isAtOrBelow('/1/23/', '/1/2/')).toBe(false);
		expect(isAtOrBelow('/1/2/3/', '/1/2/')).toBe(true);
	});

	it('should let a community grant reach its grids but not the sibling community', () => {
		const c = person([['committee', COMMUNITY]]);
		expect(can(c, 'member.verify', GRID)).toBe(true);
		expect(can(c, 'member.verify', SIBLING)).toBe(false);
	});
});

describe('account status', () => {
	it.each(['unverified', 'rejected', 'disabled'] as const)(
		'should refuse every action to a %s account',
		(status) => {
			const p = person(
				[
					['resident', COMMUNITY],
					['committee', CITY]
				],
				status
			);
			expect(can(p, 'activity.join', COMMUNITY)).toBe(false);
			expect(can(p, 'member.verify', COMMUNITY)).toBe(false);
			expect(scopesFor(p, 'member.verify')).toEqual([]);
		}
	);

	it('should refuse anonymous visitors', () => {
		expect(can(null, 'activity.join', COMMUNITY)).toBe(false);
		expect(canSomewhere(undefined, 'activity.join')).toBe(false);
	});
});

describe('scopesFor', () => {
	it('should collapse nested grants into the outermost one', () => {
		const p = person([
			['committee', COMMUNITY],
			['committee', STREET],
			['committee', OTHER_DISTRICT],
			['auditor', CITY]
		]);
		expect(scopesFor(p, 'member.verify')).toEqual([OTHER_DISTRICT, STREET]);
		expect(scopesFor(p, 'audit.read')).toEqual([CITY]);
		expect(scopesFor(p, 'sorting.record')).toEqual([]);
	});
});
