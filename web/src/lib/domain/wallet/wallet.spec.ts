import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import {
	amountWords,
	balanceSign,
	counterpartWords,
	creditWords,
	dayRange,
	dayStart,
	entryNote,
	entrySign,
	formatEntryTime,
	kindLabel,
	KNOWN_KINDS,
	splitMinutes,
	statusWords,
	wordsToText,
	type EntryFacts,
	type Worded
} from './index';

const zh = (w: Worded) => wordsToText(w, translator('zh-CN'));
const en = (w: Worded) => wordsToText(w, translator('en'));

describe('amounts', () => {
	it.each([
		[0, { hours: 0, minutes: 0 }],
		[59, { hours: 0, minutes: 59 }],
		[60, { hours: 1, minutes: 0 }],
		[210, { hours: 3, minutes: 30 }],
		[-90, { hours: 1, minutes: 30 }]
	])('should split %i minutes into %o', (minutes, expected) => {
		expect(splitMinutes(minutes)).toEqual(expected);
	});

	it.each([
		['HOUR', 210, '3 小时 30 分钟', '3 h 30 min'],
		['HOUR', 120, '2 小时', '2 h'],
		['HOUR', 45, '45 分钟', '45 min'],
		['HOUR', 0, '0 小时', '0 h'],
		['HOUR', -600, '10 小时', '10 h'],
		['POINT', 1250, '1250 积分', '1250 points'],
		['POINT', -30, '30 积分', '30 points']
	] as const)('should word %s %i as "%s"', (asset, amount, chinese, english) => {
		expect(zh(amountWords(asset, amount))).toBe(chinese);
		expect(en(amountWords(asset, amount))).toBe(english);
	});

	it('should sign only negative balances', () => {
		expect([balanceSign(-1), balanceSign(0), balanceSign(5)]).toEqual(['−', '', '']);
	});
});

function facts(over: Partial<EntryFacts>): EntryFacts {
	return {
		direction: 'in',
		asset: 'POINT',
		kind: 'sorting.reward',
		pending: false,
		resolution: null,
		reversesId: null,
		holdOutcome: null,
		reversed: false,
		...over
	};
}

describe('entries', () => {
	it.each([
		['money in', facts({}), '+', null],
		['money out', facts({ direction: 'out' }), '−', null],
		['a capture', facts({ direction: 'out', resolution: 'capture' }), '−', null],
		['an open hold', facts({ direction: 'out', pending: true }), '', '暂时预留，还没有扣'],
		['an incoming hold', facts({ pending: true }), '', '等确认后到账'],
		['a captured hold', facts({ pending: true, holdOutcome: 'capture' }), '', '预留已用掉'],
		['a voided hold', facts({ pending: true, holdOutcome: 'void' }), '', '预留已取消'],
		['a void', facts({ direction: 'out', resolution: 'void' }), '', '预留取消，已经退回'],
		['a reversed transfer', facts({ reversed: true }), '+', '这笔后来撤回了']
	])('should show %s with sign "%s" and note %s', (_name, entry, sign, note) => {
		expect(entrySign(entry)).toBe(sign);
		const worded = entryNote(entry);
		expect(worded ? zh(worded) : null).toBe(note);
	});

	it('should label every known kind in both languages, and others as 其他', () => {
		for (const kind of KNOWN_KINDS) {
			const key = kindLabel(kind);
			expect(key).toBe(`wallet.kind.${kind}`);
			expect(zh({ key })).not.toMatch(/wallet|\./);
			expect(en({ key }).length).toBeGreaterThan(0);
		}
		expect(zh({ key: kindLabel('brand.new.kind') })).toBe('其他');
		expect(zh({ key: kindLabel('volunteer.hours', 'some-transfer') })).toBe('更正（撤回一笔）');
	});

	it.each([
		['community', 'community_issuance', 'HOUR', null, '社区时间银行'],
		['community', 'community_issuance', 'POINT', null, '社区积分'],
		['community', 'community_pool', 'POINT', null, '社区积分池'],
		['community', 'care_pool', 'HOUR', null, '爱心时间池'],
		['community', 'sponsor_funding', 'POINT', null, '赞助单位'],
		['partner', 'partner_receivable', 'POINT', '老街坊理发店', '老街坊理发店'],
		['partner', 'partner_receivable', 'POINT', null, '合作商家'],
		['platform', 'platform_settlement', 'POINT', null, '平台结算'],
		['user', 'resident', 'HOUR', '王秀英', '邻居 王秀英'],
		['user', 'resident', 'HOUR', null, '一位邻居'],
		['test', 'mystery', 'HOUR', null, '其他账户']
	] as const)(
		'should name a %s %s (%s) account in plain words',
		(ownerType, accountKind, asset, name, words) => {
			expect(zh(counterpartWords({ ownerType, accountKind, asset, name }))).toBe(words);
		}
	);

	it.each([
		['pending', '正在登记', 'neutral'],
		['journaled', '正在登记', 'neutral'],
		['sealed', '已存档', 'success'],
		['anchored', '已上链', 'success']
	] as const)('should show receipt status %s as %s', (status, words, tone) => {
		const s = statusWords(status);
		expect([zh({ key: s.key }), s.tone]).toEqual([words, tone]);
	});
});

describe('credit limit', () => {
	it('should explain the limit in plain words while nothing is used in advance', () => {
		const w = creditWords({ posted: 120, held: 0, available: 120, floor: -600 });
		expect(w && zh(w)).toBe('您最多可以先用 10 小时，以后帮助别人再补上。');
	});

	it('should say how much was used in advance and how much is left', () => {
		const w = creditWords({ posted: -150, held: 0, available: -150, floor: -600 });
		expect(w && zh(w)).toBe('您已经先用了 2 小时 30 分钟，还可以再用 7 小时 30 分钟。');
	});

	it('should say nothing for accounts without credit', () => {
		expect(creditWords({ posted: 5, held: 0, available: 5, floor: 0 })).toBeNull();
		expect(creditWords({ posted: -5, held: 0, available: -5, floor: null })).toBeNull();
	});
});

describe('days', () => {
	it('should start a day at midnight China time', () => {
		expect(dayStart('2026-06-03')?.toISOString()).toBe('2026-06-02T16:00:00.000Z');
	});

	it.each(['2026-02-30', '2026-13-01', '3 June', '', '2026-6-3'])(
		'should refuse "%s" as a day',
		(day) => {
			expect(dayStart(day)).toBeNull();
		}
	);

	it('should cover the whole last day', () => {
		const range = dayRange('2026-06-01', '2026-06-03');
		expect(range).toEqual({
			ok: true,
			value: { from: new Date('2026-05-31T16:00:00Z'), to: new Date('2026-06-03T16:00:00Z') }
		});
		expect(dayRange('2026-06-03', '2026-06-03').ok).toBe(true);
		expect(dayRange(undefined, undefined)).toEqual({ ok: true, value: {} });
	});

	it('should refuse a range that ends before it starts, and days that do not exist', () => {
		expect(dayRange('2026-06-04', '2026-06-03')).toEqual({ ok: false, error: 'invalid_range' });
		expect(dayRange('2026-02-30', undefined)).toEqual({ ok: false, error: 'invalid_date' });
	});

	it('should show times in China time whatever the server zone', () => {
		const at = new Date('2026-06-03T06:05:00Z');
		expect(formatEntryTime(at, 'zh-CN')).toBe('2026年6月3日 14:05');
	});
});
