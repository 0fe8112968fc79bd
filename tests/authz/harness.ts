import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AuthSession, AuthUser } from '../../web/src/lib/server/auth/session';
import { layoutDirs, urlFor, type DiscoveredRoute } from './routes';

export type Outcome = 'allow' | 'deny';
export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type Method = (typeof METHODS)[number];

export interface Visitor {
	user: AuthUser | null;
	session: AuthSession | null;
}

type Loader = (event: unknown) => unknown;
type Handler = (event: unknown) => Promise<Response> | Response;

async function load(file: string): Promise<Record<string, unknown>> {
	return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

function fakeEvent(
	route: DiscoveredRoute,
	method: Method,
	visitor: Visitor,
	params: Record<string, string>,
	options: { search?: string; form?: boolean } = {}
) {
	const url = new URL(urlFor(route.id, params) + (options.search ?? ''), 'http://127.0.0.1:4173');
	const contentType = options.form ? 'application/x-www-form-urlencoded' : 'application/json';
	const jar = new Map<string, string>();
	let parentData: Record<string, unknown> = {};
	const event = {
		locals: { user: visitor.user, session: visitor.session, locale: 'zh-CN' },
		url,
		params,
		route: { id: route.id },
		request: new Request(url, {
			method,
			headers: { 'content-type': contentType, origin: url.origin },
			body: method === 'GET' ? undefined : options.form ? '' : '{}'
		}),
		cookies: {
			get: (n: string) => jar.get(n),
			getAll: () => [...jar].map(([name, value]) => ({ name, value })),
			set: (n: string, v: string) => void jar.set(n, v),
			delete: (n: string) => void jar.delete(n),
			serialize: () => ''
		},
		getClientAddress: () => '127.0.0.1',
		setHeaders: () => {},
		depends: () => {},
		untrack: <T>(fn: () => T) => fn(),
		parent: async () => parentData,
		fetch: globalThis.fetch,
		platform: undefined,
		isDataRequest: false,
		isSubRequest: false,
		isRemoteRequest: false
	};
	return { event, setParent: (d: Record<string, unknown>) => (parentData = d) };
}

/** How SvelteKit would answer: a 401/403/404, or a redirect to log in, is a refusal. */
function classify(thrown: unknown): Outcome {
	if (isRedirect(thrown)) {
		return /^\/(login|two-factor)/.test(thrown.location) ? 'deny' : 'allow';
	}
	if (isHttpError(thrown) && [401, 403, 404].includes(thrown.status)) return 'deny';
	// A 400/409/422 means the request got past authorisation to input checks.
	if (isHttpError(thrown) && thrown.status < 500) return 'allow';
	throw thrown;
}

/** Runs the layout and page server loads in order, as a GET of the page would. */
export async function visitPage(
	route: DiscoveredRoute,
	visitor: Visitor,
	params: Record<string, string>
): Promise<Outcome> {
	const files = layoutDirs(route).map((d) => path.join(d, '+layout.server.ts'));
	const page = path.join(route.dir, '+page.server.ts');
	if (existsSync(page)) files.push(page);
	const { event, setParent } = fakeEvent(route, 'GET', visitor, params);
	let data: Record<string, unknown> = {};
	try {
		for (const file of files) {
			const mod = await load(file);
			const fn = mod.load as Loader | undefined;
			if (!fn) continue;
			setParent(data);
			data = { ...data, ...((await fn(event)) as Record<string, unknown> | undefined) };
		}
		return 'allow';
	} catch (thrown) {
		return classify(thrown);
	}
}

export async function endpointMethods(route: DiscoveredRoute): Promise<Method[]> {
	const mod = await load(path.join(route.dir, '+server.ts'));
	return METHODS.filter((m) => typeof mod[m] === 'function');
}

/** Calls one method of a +server.ts with an empty JSON body. */
export async function callEndpoint(
	route: DiscoveredRoute,
	method: Method,
	visitor: Visitor,
	params: Record<string, string>
): Promise<Outcome> {
	const mod = await load(path.join(route.dir, '+server.ts'));
	const handler = mod[method] as Handler;
	const { event } = fakeEvent(route, method, visitor, params);
	try {
		const response = await handler(event);
		return [401, 403, 404].includes(response.status) ? 'deny' : 'allow';
	} catch (thrown) {
		return classify(thrown);
	}
}

/** The form actions a page declares (`default` for the unnamed one), read from the module. */
export async function actionNames(route: DiscoveredRoute): Promise<string[]> {
	const file = path.join(route.dir, '+page.server.ts');
	if (!existsSync(file)) return [];
	const actions = (await load(file)).actions as Record<string, unknown> | undefined;
	return actions ? Object.keys(actions).sort() : [];
}

/** The address a form posts to: `?/name` for a named action, the page itself for `default`. */
export function actionSearch(name: string): string {
	return name === 'default' ? '' : `?/${name}`;
}

/**
 * Posts an empty form to one action, as a browser would (the layout loads do not run for an
 * action). Refused: a 401/403/404 thrown or returned with `fail`, or a redirect to log in. An
 * empty form is enough: an action must decide who may use it before it reads what was sent, so
 * a 400 for the missing fields means the visitor got past authorisation.
 */
export async function callAction(
	route: DiscoveredRoute,
	name: string,
	visitor: Visitor,
	params: Record<string, string>
): Promise<Outcome> {
	const mod = await load(path.join(route.dir, '+page.server.ts'));
	const actions = mod.actions as Record<string, (event: unknown) => Promise<unknown>>;
	const action = actions[name];
	if (!action) throw new Error(`${route.id} has no action ${name}`);
	const { event } = fakeEvent(route, 'POST', visitor, params, {
		search: actionSearch(name),
		form: true
	});
	try {
		const result = await action(event);
		if (isActionFailure(result) && [401, 403, 404].includes(result.status)) return 'deny';
		return 'allow';
	} catch (thrown) {
		// Logging out ends a signed-in visitor's session on the plain login page: done, not refused.
		if (isRedirect(thrown) && thrown.location === '/login' && visitor.user) return 'allow';
		return classify(thrown);
	}
}
