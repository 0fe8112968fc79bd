import { describe, expect, it } from 'vitest';
import { createDb } from '../../../db/client';
import { PostingService } from '../../../web/src/lib/server/ledger';
import { createTestDatabase } from '../../helpers/db';
import { account, fundedResident, meta } from './fixtures';

const db = await createTestDatabase({ max: 10 });
const service = new PostingService(db.sql);

async function count(table: string) {
	const [row] = await db.sql.unsafe(`select count(*)::int as n from ${table}`);
	return row?.n as number;
}

describe('PostingService.transfer', () => {
	it('should move points and write the transfer, balances and outbox together', async () => {
		const { issuer, resident } = await fundedResident(service, 50);
		const result = await service.transfer({
			...meta('mutual_aid'),
			debitAccountId: resident,
			creditAccountId: issuer,
			asset: 'POINT',
			amount: 20
		});
		expect(result.ok && result.value).toMatchObject({
			amount: 20,
			replayed: false,
			kind: 'mutual_aid'
		});
		const balances = await service.balances([resident, issuer]);
		expect(balances.get(resident)).toMatchObject({ posted: 30, available: 30 });
		expect(balances.get(issuer)).toMatchObject({ posted: -30 });
		const id = result.ok ? result.value.id : '';
		const outbox = await db.sql`select seq from ledger_outbox where transfer_id = ${id}`;
		expect(Number(outbox[0]?.seq)).toBe(result.ok ? result.value.seq : -1);
	});

	it('should refuse malformed requests and write nothing', async () => {
		const { issuer, resident } = await fundedResident(service, 5);
		const hours = await account(service, 'HOUR', 'resident');
		const before = [await count('ledger_transfers'), await count('ledger_outbox')];
		const base = {
			debitAccountId: resident,
			creditAccountId: issuer,
			asset: 'POINT' as const,
			amount: 1
		};
		const cases = [
			[{ amount: 0 }, 'amount_not_positive_integer'],
			[{ amount: 2.5 }, 'amount_not_positive_integer'],
			[{ amount: -3 }, 'amount_not_positive_integer'],
			[{ creditAccountId: resident }, 'accounts_must_be_different'],
			[{ creditAccountId: '0190a0a0-0000-7000-8000-000000000000' }, 'account_not_found'],
			[{ creditAccountId: 'not-a-uuid' }, 'account_not_found'],
			[{ creditAccountId: hours }, 'asset_mismatch'],
			[{ asset: 'HOUR' as const }, 'asset_mismatch'],
			[{ amount: 6 }, 'exceeds_floor']
		] as const;
		for (const [change, error] of cases) {
			const result = await service.transfer({ ...meta(), ...base, ...change });
			expect(result, error).toEqual({ ok: false, error });
		}
		expect(await service.transfer({ ...meta(), ...base, reference: '' })).toEqual({
			ok: false,
			error: 'invalid_request'
		});
		expect([await count('ledger_transfers'), await count('ledger_outbox')]).toEqual(before);
		expect((await service.balances([resident])).get(resident)?.posted).toBe(5);
	});

	it('should let exactly 10 of 200 concurrent spends through and stop at the floor', async () => {
		const { issuer, resident } = await fundedResident(service, 100);
		const spends = Array.from({ length: 200 }, () =>
			service.transfer({
				...meta(),
				debitAccountId: resident,
				creditAccountId: issuer,
				asset: 'POINT',
				amount: 10
			})
		);
		const results = await Promise.all(spends);
		expect(results.filter((r) => r.ok)).toHaveLength(10);
		expect(results.filter((r) => !r.ok && r.error === 'exceeds_floor')).toHaveLength(190);
		expect((await service.balances([resident])).get(resident)).toMatchObject({
			posted: 0,
			available: 0
		});
	});

	it('should let hours go down to the credit limit but not below', async () => {
		const issuer = await account(service, 'HOUR', 'community_issuance');
		const elder = await account(service, 'HOUR', 'resident');
		const helper = await account(service, 'HOUR', 'resident', -60);
		const pay = (amount: number) =>
			service.transfer({
				...meta('mutual_aid'),
				debitAccountId: elder,
				creditAccountId: helper,
				asset: 'HOUR',
				amount
			});
		expect((await pay(600)).ok).toBe(true);
		expect(await pay(1)).toEqual({ ok: false, error: 'exceeds_floor' });
		const back = await service.transfer({
			...meta(),
			debitAccountId: helper,
			creditAccountId: issuer,
			asset: 'HOUR',
			amount: 661
		});
		expect(back).toEqual({ ok: false, error: 'exceeds_floor' });
	});
});

describe('accounts', () => {
	it('should open once, ensure idempotently and check floors', async () => {
		const spec = {
			ownerType: 'user',
			ownerId: 900_001,
			asset: 'HOUR' as const,
			kind: 'resident' as const
		};
		const opened = await service.openAccount(spec);
		expect(opened.ok && opened.value).toMatchObject({
			floor: -600,
			asset: 'HOUR',
			kind: 'resident'
		});
		expect(await service.openAccount(spec)).toEqual({ ok: false, error: 'account_already_exists' });
		const ensured = await service.ensureAccount(spec);
		expect(ensured.ok && opened.ok && ensured.value.id === opened.value.id).toBe(true);
		const custom = await service.ensureAccount({ ...spec, ownerId: 900_002, floor: -120 });
		expect(custom.ok && custom.value.floor).toBe(-120);
		expect(await service.ensureAccount({ ...spec, ownerId: 900_003, floor: 5 })).toEqual({
			ok: false,
			error: 'invalid_floor'
		});
		expect(await service.ensureAccount({ ...spec, ownerId: 900_004, floor: null })).toEqual({
			ok: false,
			error: 'invalid_floor'
		});
		expect(await service.ensureAccount({ ...spec, kind: 'partner_receivable' })).toEqual({
			ok: false,
			error: 'asset_not_allowed_for_kind'
		});
	});
});

describe('idempotency', () => {
	it('should apply 50 concurrent retries of one key once and answer each with the first result', async () => {
		const { issuer, resident } = await fundedResident(service, 100);
		const request = {
			...meta(),
			debitAccountId: resident,
			creditAccountId: issuer,
			asset: 'POINT' as const,
			amount: 7
		};
		const results = await Promise.all(Array.from({ length: 50 }, () => service.transfer(request)));
		const ids = new Set(results.map((r) => (r.ok ? r.value.id : r.error)));
		expect(ids.size).toBe(1);
		expect(results.filter((r) => r.ok && !r.value.replayed)).toHaveLength(1);
		const later = await service.transfer(request);
		expect(later.ok && later.value.replayed && ids.has(later.value.id)).toBe(true);
		const rows =
			await db.sql`select count(*)::int as n from ledger_transfers where idempotency_key = ${request.idempotencyKey}`;
		expect(rows[0]?.n).toBe(1);
		expect((await service.balances([resident])).get(resident)?.posted).toBe(93);
	});

	it('should hold the floor and one key across app instances, each with its own pool', async () => {
		// Three instances: three services (each with its own queue) on three connection pools.
		const pools = [db.sql, ...[1, 2].map(() => createDb(db.url, { max: 4 }).sql)];
		try {
			const services = pools.map((sql) => new PostingService(sql));
			const { issuer, resident } = await fundedResident(service, 100);
			const spend = (i: number) =>
				services[i % services.length]!.transfer({
					...meta(),
					debitAccountId: resident,
					creditAccountId: issuer,
					asset: 'POINT',
					amount: 10
				});
			const results = await Promise.all(Array.from({ length: 200 }, (_, i) => spend(i)));
			expect(results.filter((r) => r.ok)).toHaveLength(10);
			expect((await service.balances([resident])).get(resident)?.posted).toBe(0);

			const { issuer: to, resident: from } = await fundedResident(service, 100);
			const request = {
				...meta(),
				debitAccountId: from,
				creditAccountId: to,
				asset: 'POINT' as const,
				amount: 7
			};
			const retries = await Promise.all(
				Array.from({ length: 50 }, (_, i) => services[i % services.length]!.transfer(request))
			);
			expect(new Set(retries.map((r) => (r.ok ? r.value.id : r.error))).size).toBe(1);
			expect((await service.balances([from])).get(from)?.posted).toBe(93);
		} finally {
			await Promise.all(pools.slice(1).map((sql) => sql.end()));
		}
	});

	it('should refuse the same key with different content, in the same batch and later', async () => {
		const { issuer, resident } = await fundedResident(service, 100);
		const request = {
			...meta(),
			debitAccountId: resident,
			creditAccountId: issuer,
			asset: 'POINT' as const,
			amount: 7
		};
		const [first, clash] = await Promise.all([
			service.transfer(request),
			service.transfer({ ...request, amount: 8 })
		]);
		expect(first?.ok).toBe(true);
		expect(clash).toEqual({ ok: false, error: 'idempotency_key_conflict' });
		for (const change of [{ reference: 'other:2' }, { actorId: 2 }, { kind: 'donation' }]) {
			expect(await service.transfer({ ...request, ...change })).toEqual({
				ok: false,
				error: 'idempotency_key_conflict'
			});
		}
		expect((await service.balances([resident])).get(resident)?.posted).toBe(93);
	});
});
