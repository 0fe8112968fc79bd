import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrationsFolder } from '../migrate';

/**
 * `npm run db:check`: fails when db/schema/ has changes that no committed migration carries
 * (someone edited the schema and forgot `npm run db:generate`). drizzle-kit generates into a copy
 * of the migrations folder; any new file there is drift.
 */
const copy = await mkdtemp(path.join(tmpdir(), 'linli-drift-'));
try {
	await cp(migrationsFolder, copy, { recursive: true });
	const before = new Set(await readdir(copy));
	const run = spawnSync(
		'npx',
		[
			'drizzle-kit',
			'generate',
			'--dialect=postgresql',
			'--schema=./db/schema/index.ts',
			// drizzle-kit prefixes './' to --out, so it must be relative.
			`--out=${path.relative(process.cwd(), copy)}`,
			'--name=drift'
		],
		{ encoding: 'utf8' }
	);
	// drizzle-kit can print an error and still exit 0, so look for its verdict too.
	if (run.status !== 0 || /error/i.test(run.stderr)) {
		console.error(run.stdout, run.stderr);
		throw new Error('drizzle-kit generate failed');
	}
	const added = (await readdir(copy)).filter((f) => !before.has(f));
	if (added.length > 0) {
		console.error(`Schema drift: db/schema/ differs from db/migrations/ (${added.join(', ')}).`);
		console.error('Run `npm run db:generate` and commit the migration.');
		process.exitCode = 1;
	} else {
		console.log('db/schema/ and db/migrations/ agree.');
	}
} finally {
	await rm(copy, { recursive: true, force: true });
}
