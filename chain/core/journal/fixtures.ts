import fc from 'fast-check';
import { encodeTransfer, type JournalTransfer } from './canonical';
import { appendEntries, type JournalEntry } from './chain';

/* Test data for the journal specs (dev-only: fast-check is a dev dependency). */

export const sampleTransfer: JournalTransfer = {
	id: '0190d1a0-0000-7000-8000-000000000001',
	debitAccountId: '0190d1a0-0000-7000-8000-0000000000a1',
	creditAccountId: '0190d1a0-0000-7000-8000-0000000000b2',
	asset: 'HOUR',
	amount: 90n,
	kind: 'volunteer.hours',
	reference: 'activity:42 王阿姨',
	pending: false,
	pendingId: null,
	resolution: null,
	reversesId: null,
	createdAt: new Date('2026-03-01T08:30:00.123Z')
};

export const transferArbitrary: fc.Arbitrary<JournalTransfer> = fc.record({
	id: fc.uuid(),
	debitAccountId: fc.uuid(),
	creditAccountId: fc.uuid(),
	asset: fc.constantFrom('HOUR' as const, 'POINT' as const),
	amount: fc.bigInt({ min: 1n, max: 2n ** 62n }),
	kind: fc.string(),
	reference: fc.option(fc.string(), { nil: null }),
	pending: fc.boolean(),
	pendingId: fc.option(fc.uuid(), { nil: null }),
	resolution: fc.option(fc.constantFrom('posted', 'voided', 'expired'), { nil: null }),
	reversesId: fc.option(fc.uuid(), { nil: null }),
	createdAt: fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) })
});

/** A journal of `n` distinct transfers, chained from genesis. */
export function sampleJournal(n: number): JournalEntry[] {
	const payloads = Array.from({ length: n }, (_, i) =>
		encodeTransfer({
			...sampleTransfer,
			id: `0190d1a0-0000-7000-8000-${String(i).padStart(12, '0')}`,
			amount: BigInt(i + 1)
		})
	);
	return appendEntries(null, payloads);
}
