import { describe, expect, it } from 'vitest';
import { backoffSeconds, dedupe, enqueue, nextBatch, settle, type QueuedDropoff } from './queue';
import { bucketOf, csvLine, topImproving, accuracyPercent } from './stats';

const drop = (id: string, attempts = 0): QueuedDropoff => ({
	id,
	pointId: 1,
	presented: '5-123456',
	category: 'food',
	correct: true,
	note: null,
	recordedAt: '2026-05-03T01:00:00.000Z',
	attempts
});

describe('offline queue', () => {
	it('should not queue the same id twice', () => {
		const once = enqueue([], drop('a'));
		expect(enqueue(once, drop('a'))).toEqual([drop('a')]);
		expect(enqueue(once, drop('b')).map((d) => d.id)).toEqual(['a', 'b']);
	});

	it('should never put one id twice in a batch, even from a corrupted store', () => {
		const batch = nextBatch([drop('a'), drop('b'), drop('a', 3), drop('c')], 10);
		expect(batch.map((d) => d.id)).toEqual(['a', 'b', 'c']);
		expect(nextBatch([drop('a'), drop('b')], 1).map((d) => d.id)).toEqual(['a']);
		expect(dedupe([drop('x'), drop('x')])).toHaveLength(1);
	});

	it.each([
		[
			'recorded leaves the queue',
			{ id: 'a', status: 'recorded', points: 2, reason: 'awarded' },
			[]
		],
		[
			'a replay leaves the queue',
			{ id: 'a', status: 'replayed', points: 2, reason: 'awarded' },
			[]
		],
		['a refusal leaves the queue', { id: 'a', status: 'refused', error: 'code_expired' }, []],
		['retry stays with one more attempt', { id: 'a', status: 'retry' }, [drop('a', 1)]]
	] as const)('%s', (_, outcome, expected) => {
		const { queue } = settle([drop('a')], [outcome]);
		expect(queue).toEqual(expected);
	});

	it('should keep drop-offs the server did not answer and report the decided ones', () => {
		const { queue, decided } = settle(
			[drop('a'), drop('b')],
			[{ id: 'a', status: 'recorded', points: 1, reason: 'awarded' }]
		);
		expect(queue.map((d) => d.id)).toEqual(['b']);
		expect(decided.map((d) => d.id)).toEqual(['a']);
	});

	it.each([
		[0, 2],
		[1, 4],
		[5, 64],
		[20, 300]
	])('backoff after %i attempts is %i s', (attempts, seconds) => {
		expect(backoffSeconds(attempts)).toBe(seconds);
	});
});

describe('statistics', () => {
	it.each([
		['2026-05-06', 'day', '2026-05-06'],
		['2026-05-06', 'week', '2026-05-04'],
		['2026-05-04', 'week', '2026-05-04'],
		['2026-05-10', 'week', '2026-05-04'],
		['2026-05-31', 'month', '2026-05-01']
	] as const)('%s in a %s bucket is %s', (day, period, expected) => {
		expect(bucketOf(day, period)).toBe(expected);
	});

	it.each([
		[{ correct: 0, total: 0 }, null],
		[{ correct: 2, total: 3 }, 67],
		[{ correct: 5, total: 5 }, 100]
	])('accuracy of %j is %s', (tally, expected) => {
		expect(accuracyPercent(tally)).toBe(expected);
	});

	it('should rank buildings by gained accuracy and leave out thin data', () => {
		const halves = new Map([
			['1号楼', { before: { correct: 5, total: 10 }, after: { correct: 9, total: 10 } }],
			['2号楼', { before: { correct: 8, total: 10 }, after: { correct: 9, total: 10 } }],
			['3号楼', { before: { correct: 0, total: 2 }, after: { correct: 9, total: 9 } }],
			['4号楼', { before: { correct: 9, total: 10 }, after: { correct: 5, total: 10 } }]
		]);
		expect(topImproving(halves, 5).map((r) => [r.key, r.gain])).toEqual([
			['1号楼', 40],
			['2号楼', 10]
		]);
	});

	it('should quote CSV fields and defuse formulas', () => {
		expect(csvLine(['a,b', 'say "hi"', '=SUM(A1)', 3, null, '-1'])).toBe(
			`"a,b","say ""hi""",'=SUM(A1),3,,'-1`
		);
	});
});
