import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeTransfer } from './canonical';
import { GENESIS_HASH, appendEntries, verifyChain } from './chain';
import { encodeRecord, parseEntryPayload, parseRecordPayload } from './record';
import { V1_ENTRIES, V1_TRANSFERS, sampleRecord, sampleTallyBody } from './v1-fixture';

describe('v1 transfer entries written before records existed', () => {
	it('should re-encode every transfer to the exact stored bytes', () => {
		expect(V1_TRANSFERS.map((t) => encodeTransfer(t))).toEqual(V1_ENTRIES.map((e) => e.payload));
	});

	it('should keep every entry hash from the genesis hash on', () => {
		const entries = appendEntries(
			null,
			V1_ENTRIES.map((e) => e.payload)
		);
		expect(entries.map(({ position, entryHash }) => ({ position, entryHash }))).toEqual(
			V1_ENTRIES.map(({ position, entryHash }) => ({ position, entryHash }))
		);
		expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
		expect(verifyChain(null, entries)).toEqual({ ok: true });
	});

	it('should still read each of them as a transfer', () => {
		for (const [i, e] of V1_ENTRIES.entries()) {
			const parsed = parseEntryPayload(e.payload);
			expect(parsed?.type).toBe('transfer');
			expect(parsed?.payload.id).toBe(V1_TRANSFERS[i]?.id);
		}
	});
});

describe('encodeRecord (payload v2)', () => {
	it('should write the envelope with sorted keys and the version', () => {
		const text = encodeRecord(sampleRecord);
		expect(text.startsWith('{"body":{"answers":{"abstain":1,"no":2,"yes":7},')).toBe(true);
		expect(
			text.endsWith(
				',"created_at":"2026-03-08T12:00:00.042Z","id":"0190d1a0-0000-7000-8000-00000000c0de","kind":"council.tally","type":"record","v":2}'
			)
		).toBe(true);
	});

	it('should give the same text whatever the key order of the body', () => {
		const reversed = Object.fromEntries(Object.entries(sampleTallyBody).reverse());
		expect(encodeRecord({ ...sampleRecord, body: reversed as typeof sampleTallyBody })).toBe(
			encodeRecord(sampleRecord)
		);
	});

	it('should read back as a record and chain after transfers', () => {
		const text = encodeRecord(sampleRecord);
		expect(parseEntryPayload(text)).toEqual({
			type: 'record',
			payload: {
				v: 2,
				type: 'record',
				id: sampleRecord.id,
				kind: 'council.tally',
				body: sampleTallyBody,
				created_at: '2026-03-08T12:00:00.042Z'
			}
		});
		const head = V1_ENTRIES[V1_ENTRIES.length - 1]!;
		const [entry] = appendEntries(head, [text]);
		expect(verifyChain(head, [entry!])).toEqual({ ok: true });
	});
});

describe('parseRecordPayload', () => {
	const canonical = encodeRecord(sampleRecord);
	it.each([
		['not json', '{'],
		['an array', '[]'],
		['extra whitespace', canonical.replace('"turnout":10', '"turnout": 10')],
		['keys out of order', canonical.replace('"type":"record","v":2', '"v":2,"type":"record"')],
		['another version', canonical.replace('"v":2}', '"v":3}')],
		['an unknown kind', canonical.replace('"council.tally"', '"council.other"')],
		['a float count', canonical.replace('"turnout":10', '"turnout":10.0')],
		['answers that do not add up', canonical.replace('"abstain":1', '"abstain":2')],
		['a missing field', canonical.replace(',"spent":null', '')],
		['a bad time', canonical.replace('12:00:00.042Z', '12:00:00Z')]
	])('should reject %s', (_name, text) => {
		expect(parseRecordPayload(text)).toBeNull();
		expect(parseEntryPayload(text)).toBeNull();
	});

	it('should accept any record time and id', () => {
		fc.assert(
			fc.property(
				fc.uuid(),
				fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }),
				(id, createdAt) => {
					const text = encodeRecord({ ...sampleRecord, id, createdAt });
					expect(parseRecordPayload(text)?.id).toBe(id);
				}
			)
		);
	});
});
