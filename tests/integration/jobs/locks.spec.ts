import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADVISORY_LOCKS } from '../../../db/locks';

const SOURCE_DIRS = ['web', 'chain', 'db', 'seed'];

async function sourceFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(
		entries.map((e) => {
			const full = path.join(dir, e.name);
			if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(full);
			return /\.(ts|sql)$/.test(e.name) ? [full] : [];
		})
	);
	return nested.flat();
}

describe('advisory locks', () => {
	it('should each have their own number', () => {
		const numbers = Object.values(ADVISORY_LOCKS);
		expect(new Set(numbers).size).toBe(numbers.length);
	});

	it('should be taken only through the registry, never with a bare number', async () => {
		const files = (await Promise.all(SOURCE_DIRS.map(sourceFiles))).flat();
		const bare: string[] = [];
		for (const file of files) {
			const text = await readFile(file, 'utf8');
			if (/pg_(?:try_)?advisory_(?:xact_)?(?:un)?lock\(\s*\d/.test(text)) bare.push(file);
		}
		expect(bare).toEqual([]);
	});
});
