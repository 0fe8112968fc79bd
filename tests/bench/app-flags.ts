import { readFileSync } from 'node:fs';

/** package.json's start script, `node <flags> <entry>`, split into its parts. */
function startScript(): { flags: string[]; entry: string } {
	const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
		scripts: Record<string, string>;
	};
	const [node, ...args] = (scripts.start ?? '').split(/\s+/);
	const entry = args.pop();
	if (node !== 'node' || !entry) throw new Error(`unexpected start script: ${scripts.start}`);
	return { flags: args, entry };
}

/**
 * The flags a bench adds to the app's: LINLI_BENCH_PROFILE=<dir> writes its CPU profile there,
 * BENCH_APP_FLAGS adds any others (say `--trace-gc`).
 */
function benchFlags(): string[] {
	const profile = process.env.LINLI_BENCH_PROFILE;
	const extra = process.env.BENCH_APP_FLAGS?.split(/\s+/).filter(Boolean) ?? [];
	return [...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []), ...extra];
}

/** Node's arguments to run the app as `npm start` does, with the bench's own flags. */
export function startArgs(): string[] {
	const { flags, entry } = startScript();
	return [...flags, ...benchFlags(), entry];
}

/**
 * The flags for a bench that runs the built handler directly: `npm start`'s heap settings, so
 * the app collects garbage as it does in production, and the bench's own.
 */
export function handlerFlags(): string[] {
	const heap = startScript().flags.filter((f) => /^--(max|min)-(semi|old)-space-size=/.test(f));
	return [...heap, ...benchFlags()];
}
