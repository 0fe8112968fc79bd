import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROUTES_DIR = path.resolve('web/src/routes');

export interface DiscoveredRoute {
	/** SvelteKit route id, e.g. `/(app)/offers/[id]`. */
	id: string;
	kind: 'page' | 'endpoint';
	dir: string;
}

/**
 * Every page (+page.svelte or +page.server.ts) and endpoint (+server.ts) under web/src/routes,
 * read from the files themselves, so a route added tomorrow shows up here without anyone
 * remembering to list it.
 */
export function discoverRoutes(dir = ROUTES_DIR): DiscoveredRoute[] {
	const found: DiscoveredRoute[] = [];
	const walk = (current: string) => {
		const rel = path.relative(ROUTES_DIR, current).split(path.sep).join('/');
		const id = rel ? `/${rel}` : '/';
		const has = (f: string) => existsSync(path.join(current, f));
		if (has('+page.svelte') || has('+page.server.ts')) {
			found.push({ id, kind: 'page', dir: current });
		}
		if (has('+server.ts')) found.push({ id, kind: 'endpoint', dir: current });
		for (const entry of readdirSync(current).sort()) {
			const child = path.join(current, entry);
			if (statSync(child).isDirectory()) walk(child);
		}
	};
	walk(dir);
	return found;
}

/** The directories whose +layout.server.ts run before a page, root first. */
export function layoutDirs(route: DiscoveredRoute): string[] {
	const rel = path.relative(ROUTES_DIR, route.dir);
	const parts = rel ? rel.split(path.sep) : [];
	const dirs = [ROUTES_DIR];
	for (let i = 0; i < parts.length; i++) dirs.push(path.join(ROUTES_DIR, ...parts.slice(0, i + 1)));
	return dirs.filter((d) => existsSync(path.join(d, '+layout.server.ts')));
}

/** Fills `[param]` segments and drops `(group)` segments: the address a browser would use. */
export function urlFor(id: string, params: Record<string, string>): string {
	const segments = id
		.split('/')
		.filter((s) => s && !/^\(.*\)$/.test(s))
		.map((s) => {
			const m = /^\[(\w+)\]$/.exec(s);
			if (!m) return s;
			const value = params[m[1] ?? ''];
			if (value === undefined) throw new Error(`route ${id} needs a sample for [${m[1]}]`);
			return encodeURIComponent(value);
		});
	return `/${segments.join('/')}`;
}

export function paramNames(id: string): string[] {
	return [...id.matchAll(/\[(\w+)\]/g)].map((m) => m[1] ?? '');
}
