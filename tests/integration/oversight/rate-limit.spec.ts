import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../db/client';
import {
	checkRateLimit,
	consumeRateLimit,
	limitedAreaFor,
	rateLimited
} from '../../../web/src/lib/server/security';
import { createTestDatabase } from '../../helpers/db';

const db = await createTestDatabase({ max: 5 });
const at = (seconds: number) => new Date(Date.UTC(2026, 4, 1, 9, 0, seconds));

describe('consumeRateLimit', () => {
	it('should allow up to the limit, then refuse until the window turns over', async () => {
		const rule = { limit: 3, windowSeconds: 60 };
		for (let i = 0; i < 3; i++) {
			expect(await consumeRateLimit(db.db, 'k1', rule, at(10))).toEqual({ ok: true });
		}
		expect(await consumeRateLimit(db.db, 'k1', rule, at(15))).toEqual({
			ok: false,
			retryAfterSeconds: 45
		});
		expect(await consumeRateLimit(db.db, 'k2', rule, at(15))).toEqual({ ok: true });
		expect(await consumeRateLimit(db.db, 'k1', rule, at(61))).toEqual({ ok: true });
	});

	it('should keep its counters in an unlogged table, so counting a request waits for no disk write', async () => {
		const [table] =
			await db.sql`select relpersistence from pg_class where relname = 'rate_limit_hits'`;
		expect(table?.relpersistence).toBe('u');
	});

	it('should count concurrent requests exactly', async () => {
		const rule = { limit: 10, windowSeconds: 60 };
		const results = await Promise.all(
			Array.from({ length: 25 }, () => consumeRateLimit(db.db, 'race', rule, at(1)))
		);
		expect(results.filter((r) => r.ok)).toHaveLength(10);
	});

	it('should count exactly across two instances, each batching its own requests', async () => {
		const other = createDb(db.url, { max: 5 });
		afterAll(() => other.close());
		const rule = { limit: 30, windowSeconds: 60 };
		const results = await Promise.all(
			Array.from({ length: 80 }, (_, i) =>
				consumeRateLimit(i % 2 ? db.db : other.db, 'two-instances', rule, at(1))
			)
		);
		expect(results.filter((r) => r.ok)).toHaveLength(30);
	});

	it('should start a new count when a turn spans the end of a window', async () => {
		const rule = { limit: 2, windowSeconds: 60 };
		const results = await Promise.all([
			consumeRateLimit(db.db, 'edge', rule, at(58)),
			consumeRateLimit(db.db, 'edge', rule, at(59)),
			consumeRateLimit(db.db, 'edge', rule, at(59)),
			consumeRateLimit(db.db, 'edge', rule, at(61)),
			consumeRateLimit(db.db, 'edge', rule, at(62))
		]);
		expect(results.map((r) => r.ok)).toEqual([true, true, false, true, true]);
	});
});

describe('limited areas', () => {
	it('should limit writes to login, registration, redemption, sorting and council', () => {
		expect(limitedAreaFor('/(auth)/login', 'POST')?.name).toBe('login');
		expect(limitedAreaFor('/(auth)/register', 'POST')?.name).toBe('register');
		expect(limitedAreaFor('/(app)/offers/[id]', 'POST')?.name).toBe('redemption');
		expect(limitedAreaFor('/(app)/council/[id]', 'POST')?.name).toBe('council');
		expect(limitedAreaFor('/api/v1/council/votes/[id]/ballot', 'POST')?.name).toBe('council');
		expect(limitedAreaFor('/(app)/sorting/record', 'POST')?.name).toBe('sorting');
		expect(limitedAreaFor('/(auth)/login', 'GET')).toBeNull();
		expect(limitedAreaFor('/(app)/offersx', 'POST')).toBeNull();
	});

	it('should apply the per-account limit on top of the per-IP one', async () => {
		const area = limitedAreaFor('/(app)/offers', 'POST');
		if (!area?.perAccount) throw new Error('redemption has a per-account rule');
		const who = { ip: '198.51.100.1', userId: 42 };
		for (let i = 0; i < area.perAccount.limit; i++) {
			expect((await checkRateLimit(db.db, area, who, at(0))).ok).toBe(true);
		}
		expect((await checkRateLimit(db.db, area, who, at(0))).ok).toBe(false);
		// Another person behind the same address is not blocked by the first one's account limit.
		expect((await checkRateLimit(db.db, area, { ...who, userId: 43 }, at(0))).ok).toBe(true);
	});
});

describe('rateLimited', () => {
	it('should answer 429 with Retry-After and a message people can act on', async () => {
		const api = rateLimited({ retryAfterSeconds: 30, locale: 'en', kind: 'api' });
		expect(api.status).toBe(429);
		expect(api.headers.get('retry-after')).toBe('30');
		expect(await api.json()).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 30 });
		const page = rateLimited({ retryAfterSeconds: 30, locale: 'zh-CN', kind: 'page' });
		expect(await page.text()).toContain('请等 30 秒后再试');
		const action = rateLimited({ retryAfterSeconds: 5, locale: 'en', kind: 'action' });
		expect(await action.json()).toMatchObject({ type: 'failure', status: 429 });
	});
});
