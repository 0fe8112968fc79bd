export { can, canSomewhere, isAtOrBelow, scopesFor } from './can';
export type { AccessSubject, RoleGrant } from './can';
export { checkChildLevel, childLevelOf, LEVELS, MAX_NODE_NAME_LENGTH } from './levels';
export type { NodeLevel } from './levels';
export { maskPhone } from './mask';
export { isPermission, PERMISSIONS, rolesFor } from './permissions';
export type { Permission } from './permissions';
export { GRANTABLE_ROLES, isGrantableRole, isRole, ROLES } from './roles';
export type { GrantableRole, Role } from './roles';
