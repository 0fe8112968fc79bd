import { err, ok, type Result } from '$core/shared';

/** Levels of the hierarchy from the top; a child always sits exactly one level below its parent. */
export const LEVELS = ['city', 'district', 'street', 'community', 'grid'] as const;

export type NodeLevel = (typeof LEVELS)[number];

/** The level a child of `level` must have, or null for a grid, which has no children. */
export function childLevelOf(level: NodeLevel): NodeLevel | null {
	return LEVELS[LEVELS.indexOf(level) + 1] ?? null;
}

/**
 * Checks a new child against its parent. The trigger in db/sql/hierarchy.sql enforces the same
 * rule, so a bug here cannot put a community straight under a city.
 * - `leaf_level`: the parent is a grid, the lowest level;
 * - `wrong_level`: the child is not exactly one level below the parent.
 */
export function checkChildLevel(
	parent: NodeLevel,
	child: NodeLevel
): Result<NodeLevel, 'leaf_level' | 'wrong_level'> {
	const expected = childLevelOf(parent);
	if (expected === null) return err('leaf_level');
	return expected === child ? ok(child) : err('wrong_level');
}

/** Longest node name we accept; long enough for "XX街道XX社区第十二网格". */
export const MAX_NODE_NAME_LENGTH = 60;
