import { describe, expect, it } from 'vitest';
import { unwrap } from '../../../chain/core/shared';
import { PostingService } from '../../../web/src/lib/server/ledger';
import { createTestDatabase } from '../../helpers/db';
import { account, fundedResident, meta } from './fixtures';

const db = await createTestDatabase({ max: 5 });
let clock = new Date('2026-03-01T08:00:00Z');
const service = new PostingService(db.sql, { now: () => clock });
const later = (ms: number) => new Date(clock.getTime() + ms);

async function setup(points = 100) {
	const { issuer, resident } = await fundedResident(service, points);
	const partner = await account(service, 'POINT', 'partner_receivable');
	const hold = unwrap(
		await service.hold({
			...meta('redeem.hold'),
			debitAccountId: resident,
			creditAccountId: partner,
			asset: 'POINT',
			amount: 40,
			expiresAt: later(60_000)
		})
	);
	return { issuer, resident, partner, hold };
}

describe('holds', () => {
	it('should take a hold out of the available balance until captured', async () => {
		const { resident, partner, hold } = await setup();
		const balances = await service.balances([resident, partner]);
		expect(balances.get(resident)).toMatchObject({ posted: 100, available: 60, debitsPending: 40 });
		expect(balances.get(partner)).toMatchObject({ posted: 0, creditsPending: 40 });
		const captured = await service.capture({ ...meta('redeem.capture'), holdId: hold.id });
		expect(captured.ok && captured.value).toMatchObject({
			amount: 40,
			pendingId: hold.id,
			resolution: 'capture'
		});
		const after = await service.balances([resident, partner]);
		expect(after.get(resident)).toMatchObject({ posted: 60, available: 60, debitsPending: 0 });
		expect(after.get(partner)).toMatchObject({ posted: 40, creditsPending: 0 });
	});

	it('should refuse a second resolution, also when both race in one batch', async () => {
		const { hold } = await setup();
		const [a, b, c] = await Promise.all([
			service.capture({ ...meta('redeem.capture'), holdId: hold.id }),
			service.capture({ ...meta('redeem.capture'), holdId: hold.id }),
			service.void({ ...meta('redeem.void'), holdId: hold.id })
		]);
		expect(a?.ok).toBe(true);
		expect(b).toEqual({ ok: false, error: 'hold_already_captured' });
		expect(c).toEqual({ ok: false, error: 'hold_already_captured' });
		const rows =
			await db.sql`select count(*)::int as n from ledger_transfers where pending_id = ${hold.id}`;
		expect(rows[0]?.n).toBe(1);
	});

	it('should answer in arrival order when a later request lands in a second batch in flight', async () => {
		for (let round = 0; round < 10; round++) {
			const { hold } = await setup();
			const first = service.capture({ ...meta(), holdId: hold.id });
			// Sent a macrotask later, so it misses the first batch and forms the next one.
			const second = new Promise((next) => setImmediate(next)).then(() =>
				service.void({ ...meta(), holdId: hold.id })
			);
			expect((await first).ok).toBe(true);
			expect(await second).toEqual({ ok: false, error: 'hold_already_captured' });
		}
	});

	it('should void a hold and give the points back', async () => {
		const { resident, hold } = await setup();
		expect((await service.void({ ...meta('redeem.void'), holdId: hold.id })).ok).toBe(true);
		expect((await service.balances([resident])).get(resident)).toMatchObject({
			posted: 100,
			available: 100
		});
		expect(await service.capture({ ...meta(), holdId: hold.id })).toEqual({
			ok: false,
			error: 'hold_already_voided'
		});
		expect(await service.void({ ...meta(), holdId: hold.id })).toEqual({
			ok: false,
			error: 'hold_already_voided'
		});
	});

	it('should capture part of a hold and return the rest', async () => {
		const { resident, partner, hold } = await setup();
		expect(await service.capture({ ...meta(), holdId: hold.id, amount: 41 })).toEqual({
			ok: false,
			error: 'capture_exceeds_hold'
		});
		expect((await service.capture({ ...meta(), holdId: hold.id, amount: 25 })).ok).toBe(true);
		const balances = await service.balances([resident, partner]);
		expect(balances.get(resident)).toMatchObject({ posted: 75, available: 75 });
		expect(balances.get(partner)).toMatchObject({ posted: 25 });
	});

	it('should refuse to capture after expiry but let the hold be voided', async () => {
		const { resident, hold } = await setup();
		const start = clock;
		clock = later(60_000);
		try {
			expect(await service.capture({ ...meta(), holdId: hold.id })).toEqual({
				ok: false,
				error: 'hold_expired'
			});
			expect((await service.void({ ...meta('redeem.void'), holdId: hold.id })).ok).toBe(true);
		} finally {
			clock = start;
		}
		expect((await service.balances([resident])).get(resident)?.available).toBe(100);
	});

	it('should refuse holds beyond the available balance and unknown holds', async () => {
		const { resident, partner } = await setup(50);
		const hold = {
			...meta(),
			debitAccountId: resident,
			creditAccountId: partner,
			asset: 'POINT' as const,
			expiresAt: null
		};
		expect(await service.hold({ ...hold, amount: 11 })).toEqual({
			ok: false,
			error: 'exceeds_floor'
		});
		expect(await service.hold({ ...hold, amount: 5, expiresAt: clock })).toEqual({
			ok: false,
			error: 'expiry_not_in_future'
		});
		expect(
			await service.capture({ ...meta(), holdId: '0190a0a0-0000-7000-8000-000000000000' })
		).toEqual({ ok: false, error: 'hold_not_found' });
	});
});

describe('reversals', () => {
	it('should reverse once, naming the original, and refuse to reverse a reversal', async () => {
		const { issuer, resident } = await fundedResident(service, 30);
		const spend = unwrap(
			await service.transfer({
				...meta(),
				debitAccountId: resident,
				creditAccountId: issuer,
				asset: 'POINT',
				amount: 30
			})
		);
		const reversal = await service.reverse({ ...meta('adjustment'), transferId: spend.id });
		expect(reversal.ok && reversal.value).toMatchObject({
			reversesId: spend.id,
			debitAccountId: issuer,
			creditAccountId: resident,
			amount: 30
		});
		expect(await service.reverse({ ...meta(), transferId: spend.id })).toEqual({
			ok: false,
			error: 'already_reversed'
		});
		const id = reversal.ok ? reversal.value.id : '';
		expect(await service.reverse({ ...meta(), transferId: id })).toEqual({
			ok: false,
			error: 'cannot_reverse_reversal'
		});
		expect((await service.balances([resident])).get(resident)?.posted).toBe(30);
	});

	it('should refuse a reversal that would break the floor, and reversing holds', async () => {
		const { hold, resident, partner, issuer } = await setup();
		expect(await service.reverse({ ...meta(), transferId: hold.id })).toEqual({
			ok: false,
			error: 'cannot_reverse_pending'
		});
		const gift = unwrap(
			await service.transfer({
				...meta('donation'),
				debitAccountId: resident,
				creditAccountId: partner,
				asset: 'POINT',
				amount: 10
			})
		);
		const capture = unwrap(await service.capture({ ...meta(), holdId: hold.id }));
		const settle = await service.transfer({
			...meta('settlement'),
			debitAccountId: partner,
			creditAccountId: issuer,
			asset: 'POINT',
			amount: 50
		});
		expect(settle.ok).toBe(true);
		expect(await service.reverse({ ...meta(), transferId: gift.id })).toEqual({
			ok: false,
			error: 'exceeds_floor'
		});
		expect(await service.reverse({ ...meta(), transferId: capture.id })).toEqual({
			ok: false,
			error: 'exceeds_floor'
		});
		expect(
			await service.reverse({ ...meta(), transferId: '0190a0a0-0000-7000-8000-000000000000' })
		).toEqual({ ok: false, error: 'transfer_not_found' });
	});
});

describe('history', () => {
	it('should page an account history newest first by seq, with filters', async () => {
		const { issuer, resident } = await fundedResident(service, 0);
		for (let i = 1; i <= 5; i++) {
			unwrap(
				await service.transfer({
					...meta(i % 2 ? 'sorting.reward' : 'council.vote'),
					debitAccountId: issuer,
					creditAccountId: resident,
					asset: 'POINT',
					amount: i
				})
			);
		}
		const first = await service.history({ accountId: resident, limit: 2 });
		expect(first.items.map((t) => t.amount)).toEqual([5, 4]);
		expect(first.items[0]?.direction).toBe('in');
		const second = await service.history({
			accountId: resident,
			limit: 2,
			cursor: first.nextCursor
		});
		const third = await service.history({
			accountId: resident,
			limit: 2,
			cursor: second.nextCursor
		});
		expect([...second.items, ...third.items].map((t) => t.amount)).toEqual([3, 2, 1]);
		expect(third.nextCursor).toBeNull();
		const votes = await service.history({ accountId: resident, kind: 'council.vote', limit: 10 });
		expect(votes.items.map((t) => t.amount)).toEqual([4, 2]);
		const out = await service.history({
			accountId: issuer,
			asset: 'POINT',
			to: later(1),
			limit: 10
		});
		expect(out.items.every((t) => t.direction === 'out')).toBe(true);
		expect(await service.history({ accountId: resident, from: later(1), limit: 10 })).toEqual({
			items: [],
			nextCursor: null
		});
	});
});
