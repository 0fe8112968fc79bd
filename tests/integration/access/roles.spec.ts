import { describe, expect, it } from 'vitest';
import { nodeLevel, role } from '../../../db/schema';
import { LEVELS, ROLES } from '../../../web/src/lib/domain/access';

describe('pure lists and database enums', () => {
	it('should name the same roles in the same order', () => {
		expect([...ROLES]).toEqual(role.enumValues);
	});

	it('should name the same levels in the same order', () => {
		expect([...LEVELS]).toEqual(nodeLevel.enumValues);
	});
});
