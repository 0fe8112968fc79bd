import chromium from '@sparticuz/chromium';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

/** Flags for a headless run in a container: no sandbox (root), no GPU, no calls home. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--headless',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export interface ResolvedChromium {
	executablePath: string;
	/** Environment for the browser process (a library path when the system lacks NSS). */
	env: Record<string, string>;
}

/** Shared libraries the binary needs that ld.so cannot find (`ldd` prints "not found"). */
function missingLibraries(binary: string, env: Record<string, string>): string[] {
	const ldd = spawnSync('ldd', [binary], { encoding: 'utf8', env });
	if (ldd.status !== 0) return [];
	return ldd.stdout
		.split('\n')
		.filter((line) => line.includes('not found'))
		.map((line) => line.trim().split(' ')[0] ?? '');
}

/**
 * @sparticuz/chromium links NSS and expat dynamically and ships them (built for Amazon Linux) only
 * for Lambda. On a Debian without libnss3 we unpack that bundle ourselves and point the loader at
 * it, so a bare CI machine needs no apt-get for the browser.
 */
function bundledLibraryPath(): string {
	const target = path.join(tmpdir(), 'linli-chromium-libs');
	if (existsSync(path.join(target, 'lib', 'libnss3.so'))) return path.join(target, 'lib');
	const require = createRequire(import.meta.url);
	const pkg = path.dirname(require.resolve('@sparticuz/chromium/package.json'));
	const tar = brotliDecompressSync(readFileSync(path.join(pkg, 'bin', 'al2023.tar.br')));
	mkdirSync(target, { recursive: true });
	const untar = spawnSync('tar', ['-x', '-C', target], { input: tar });
	if (untar.status !== 0) throw new Error(`Could not unpack Chromium's libraries: ${untar.stderr}`);
	return path.join(target, 'lib');
}

/** CHROMIUM_PATH when set (a system Chrome), otherwise the @sparticuz/chromium build. */
export async function resolveChromium(): Promise<ResolvedChromium> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
	if (process.env.CHROMIUM_PATH) return { executablePath: process.env.CHROMIUM_PATH, env };
	const executablePath = await chromium.executablePath();
	if (missingLibraries(executablePath, env).length > 0) {
		const libs = bundledLibraryPath();
		env.LD_LIBRARY_PATH = [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
		const still = missingLibraries(executablePath, env);
		if (still.length > 0) {
			throw new Error(`Chromium needs system libraries: ${still.join(', ')}`);
		}
	}
	return { executablePath, env };
}
