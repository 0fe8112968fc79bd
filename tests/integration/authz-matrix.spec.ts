import { beforeAll, describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../../seed/index';
import { createTestDatabase } from '../helpers/db';
import { callEndpoint, endpointMethods, visitPage, type Outcome } from '../authz/harness';
import { RULES, type Rule } from '../authz/rules';
import { discoverRoutes, paramNames, type DiscoveredRoute } from '../authz/routes';
import { loadSamples, type Samples } from '../authz/samples';
import { loadVisitors, WHO, type Who } from '../authz/visitors';
import type { Visitor } from '../authz/harness';

const db = await createTestDatabase({ max: 5 });
await seedIfEmpty(db.url);
// Route modules take the pool from the composition root, which reads DATABASE_URL on first use.
process.env.DATABASE_URL = db.url;

const routes = discoverRoutes();
let visitors: Record<Who, Visitor>;
let samples: Samples;

beforeAll(async () => {
	visitors = await loadVisitors(db);
	samples = await loadSamples(db);
});

/** `GET /(app)/offers` for pages, `POST /api/v1/…` for each method of an endpoint. */
async function keysOf(route: DiscoveredRoute): Promise<string[]> {
	if (route.kind === 'page') return [`GET ${route.id}`];
	return (await endpointMethods(route)).map((m) => `${m} ${route.id}`);
}

function expected(rule: Rule, who: Who): Outcome {
	if (rule === 'everyone') return 'allow';
	if (rule === 'signed-in') return who === 'anonymous' ? 'deny' : 'allow';
	return rule.includes(who) ? 'allow' : 'deny';
}

async function visit(route: DiscoveredRoute, key: string, who: Who): Promise<Outcome> {
	const params = samples[route.id] ?? {};
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
			'routes without a rule in tests/authz/rules.ts'
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
					problems.push(`${key}: no rule in tests/authz/rules.ts`);
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
