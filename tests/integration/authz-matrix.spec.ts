import { beforeAll, describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../../seed/index';
import { createTestDatabase } from '../helpers/db';
import {
	actionNames,
	actionSearch,
	callAction,
	callEndpoint,
	endpointMethods,
	visitPage,
	type Outcome
} from '../authz/harness';
import { ACTION_RULES } from '../authz/action-rules';
import { RULES as ROUTE_RULES, type Rule } from '../authz/rules';
import { discoverRoutes, paramNames, type DiscoveredRoute } from '../authz/routes';
import { loadSamples, type Samples } from '../authz/samples';
import { loadVisitors, WHO, type Who } from '../authz/visitors';
import type { Visitor } from '../authz/harness';

const db = await createTestDatabase({ max: 5 });
await seedIfEmpty(db.url);
// Route modules take the pool from the composition root, which reads DATABASE_URL on first use.
process.env.DATABASE_URL = db.url;

const routes = discoverRoutes();
/** Page loads and endpoints (rules.ts), and every form action (action-rules.ts). */
const RULES: Record<string, Rule> = { ...ROUTE_RULES, ...ACTION_RULES };
let visitors: Record<Who, Visitor>;
let samples: Samples;

beforeAll(async () => {
	visitors = await loadVisitors(db);
	samples = await loadSamples(db);
});

/**
 * `GET /(app)/offers` for a page, plus `POST /(app)/offers/[id]?/redeem` for each of its form
 * actions (`POST /(auth)/login` for a default action); `POST /api/v1/…` for each method of an
 * endpoint.
 */
async function keysOf(route: DiscoveredRoute): Promise<string[]> {
	if (route.kind === 'page') {
		const actions = await actionNames(route);
		return [`GET ${route.id}`, ...actions.map((a) => `POST ${route.id}${actionSearch(a)}`)];
	}
	return (await endpointMethods(route)).map((m) => `${m} ${route.id}`);
}

function expected(rule: Rule, who: Who): Outcome {
	if (rule === 'everyone') return 'allow';
	if (rule === 'signed-in') return who === 'anonymous' ? 'deny' : 'allow';
	return rule.includes(who) ? 'allow' : 'deny';
}

async function visit(route: DiscoveredRoute, key: string, who: Who): Promise<Outcome> {
	const params = samples[route.id] ?? {};
	if (route.kind === 'page' && key.startsWith('POST ')) {
		const name = key.includes('?/') ? key.slice(key.indexOf('?/') + 2) : 'default';
		return callAction(route, name, visitors[who], params);
	}
	if (route.kind === 'page') return visitPage(route, visitors[who], params);
	const method = key.split(' ')[0] as Parameters<typeof callEndpoint>[1];
	return callEndpoint(route, method, visitors[who], params);
}

describe('authorisation matrix (generated from web/src/routes)', () => {
	it('should have a rule for every route and method, and no rule for a route that is gone', async () => {
		const keys = (await Promise.all(routes.map(keysOf))).flat();
		expect(keys.length).toBeGreaterThan(50);
		expect(
			keys.filter((k) => !(k in RULES)),
			'routes and form actions without a rule in tests/authz/rules.ts or action-rules.ts'
		).toEqual([]);
		expect(
			Object.keys(RULES).filter((k) => !keys.includes(k)),
			'stale rules'
		).toEqual([]);
	});

	it('should have sample parameters for every parameterised route', () => {
		const missing = routes.filter((r) =>
			paramNames(r.id).some((p) => samples[r.id]?.[p] === undefined)
		);
		expect(missing.map((r) => r.id)).toEqual([]);
	});

	for (const route of routes) {
		it(`${route.kind} ${route.id}`, async () => {
			const problems: string[] = [];
			for (const key of await keysOf(route)) {
				const rule = RULES[key];
				if (!rule) {
					problems.push(`${key}: no rule in tests/authz/rules.ts or action-rules.ts`);
					continue;
				}
				for (const who of WHO) {
					const actual = await visit(route, key, who);
					if (actual !== expected(rule, who)) {
						problems.push(`${key} as ${who}: expected ${expected(rule, who)}, got ${actual}`);
					}
				}
			}
			expect(problems).toEqual([]);
		});
	}
});
