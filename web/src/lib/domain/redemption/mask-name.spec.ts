import { describe, expect, it } from 'vitest';
import { maskName } from './mask-name';

describe('maskName', () => {
	it.each([
		['王秀英', '王**'],
		['李明', '李*'],
		['欧阳', '欧*'],
		['John Smith', 'J. S.'],
		['ann', 'A.'],
		['  ', '*'],
		['', '*']
	])('%j → %j', (name, masked) => {
		expect(maskName(name)).toBe(masked);
	});
});
