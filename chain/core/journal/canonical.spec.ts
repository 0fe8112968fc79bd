import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, encodeTransfer, encodeTransferGeneric, parsePayload } from './canonical';
import { sampleTransfer, transferArbitrary } from './fixtures';

describe('canonicalJson', () => {
	it.each([
		[{ b: 1, a: 2 }, '{"a":2,"b":1}'],
		[{ z: [3, { y: null, x: true }] }, '{"z":[3,{"x":true,"y":null}]}'],
		[{ big: 9007199254740993n }, '{"big":9007199254740993}'],
		[{ s: '邻里 "q"\n' }, '{"s":"邻里 \\"q\\"\\n"}'],
		[[], '[]']
	])('should encode case %# as %s', (value, expected) => {
		expect(canonicalJson(value)).toBe(expected);
	});

	it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
		'should refuse the non-integer or unsafe number %s',
		(n) => {
			expect(() => canonicalJson({ n })).toThrow(/not an integer/);
		}
	);

	it('should not depend on key insertion order', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.string(), fc.integer()), (record) => {
				const reversed = Object.fromEntries(Object.entries(record).reverse());
				expect(canonicalJson(reversed)).toBe(canonicalJson(record));
			})
		);
	});
});

describe('encodeTransfer', () => {
	it('should hash the reference text and never include it', () => {
		const text = encodeTransfer(sampleTransfer);
		expect(text).not.toContain('王阿姨');
		expect(text).toMatch(/"reference_sha256":"[0-9a-f]{64}"/);
		expect(
			text.startsWith('{"amount":90,"asset":"HOUR","created_at":"2026-03-01T08:30:00.123Z"')
		).toBe(true);
	});

	it('should encode a missing reference as null', () => {
		expect(encodeTransfer({ ...sampleTransfer, reference: null })).toContain(
			'"reference_sha256":null'
		);
	});

	it('should refuse a fractional amount', () => {
		expect(() => encodeTransfer({ ...sampleTransfer, amount: 1.5 })).toThrow(/not an integer/);
	});

	it('should match the generic canonical encoding for any transfer', () => {
		fc.assert(
			fc.property(transferArbitrary, (t) => {
				expect(encodeTransfer(t)).toBe(encodeTransferGeneric(t));
			})
		);
	});

	it('should round-trip through parsePayload', () => {
		const parsed = parsePayload(encodeTransfer(sampleTransfer));
		expect(parsed).toMatchObject({ id: sampleTransfer.id, amount: '90', asset: 'HOUR', v: 1 });
	});
});

describe('parsePayload', () => {
	const canonical = encodeTransfer(sampleTransfer);
	it.each([
		['not json', '{'],
		['extra whitespace', canonical.replace('"amount":90', '"amount": 90')],
		['a float amount', canonical.replace('"amount":90', '"amount":90.0')],
		[
			'keys out of order',
			canonical.replace('{"amount":90,"asset":"HOUR"', '{"asset":"HOUR","amount":90')
		],
		['an unknown asset', canonical.replace('"HOUR"', '"GOLD"')],
		['a missing field', canonical.replace(',"kind":"volunteer.hours"', '')],
		['an array', '[]']
	])('should reject %s', (_name, text) => {
		expect(parsePayload(text)).toBeNull();
	});

	it('should accept every encoded transfer', () => {
		fc.assert(
			fc.property(transferArbitrary, (t) => {
				const text = encodeTransfer(t);
				expect(parsePayload(text)?.amount).toBe(t.amount.toString());
			})
		);
	});
});
