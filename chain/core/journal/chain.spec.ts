import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, appendEntries, entryHash, verifyChain, type JournalEntry } from './chain';
import { sampleJournal } from './fixtures';

describe('hash chain', () => {
	it('should start from the published genesis hash', () => {
		// sha256sum of the text "linli:journal:genesis:v1", computed outside this code base.
		expect(GENESIS_HASH).toBe('7e9932d3710193f4a154febe4b01d2f076dc397a187729baf0064835a3900a57');
		const [first] = sampleJournal(1);
		expect(first?.prevHash).toBe(GENESIS_HASH);
		expect(first?.position).toBe(1);
	});

	it('should continue an existing head', () => {
		const journal = sampleJournal(5);
		const head = journal[2] as JournalEntry;
		const more = appendEntries(
			head,
			journal.slice(3).map((e) => e.payload)
		);
		expect(more).toEqual(journal.slice(3));
		expect(verifyChain(head, more)).toEqual({ ok: true });
	});

	it('should link each entry exactly as entryHash does, one at a time', () => {
		const payloads = ['{"a":1}', '{"b":"\u4e2d"}', '中文', ''];
		let prev = GENESIS_HASH;
		for (const entry of appendEntries(null, payloads)) {
			expect(entry.prevHash).toBe(prev);
			expect(entry.entryHash).toBe(entryHash(prev, entry.payload));
			prev = entry.entryHash;
		}
	});

	it('should refuse to continue a malformed head', () => {
		expect(() => appendEntries({ position: 1, entryHash: 'AB'.repeat(32) }, ['x'])).toThrow();
		expect(() => appendEntries({ position: 1, entryHash: 'ab' }, ['x'])).toThrow();
	});

	it('should accept an untouched journal', () => {
		expect(verifyChain(null, sampleJournal(20))).toEqual({ ok: true });
	});

	it.each<[string, (j: JournalEntry[]) => JournalEntry[], string, number]>([
		['a dropped entry', (j) => [...j.slice(0, 3), ...j.slice(4)], 'position_gap', 5],
		['a swapped pair', (j) => [j[0]!, j[2]!, j[1]!, ...j.slice(3)], 'position_gap', 3],
		[
			'an edited payload',
			(j) =>
				j.map((e) =>
					e.position === 6 ? { ...e, payload: e.payload.replace('"amount":6', '"amount":7') } : e
				),
			'entry_hash_mismatch',
			6
		],
		[
			'a rehashed edit',
			(j) =>
				j.map((e) =>
					e.position === 6 ? { ...e, payload: 'x', entryHash: entryHash(e.prevHash, 'x') } : e
				),
			'prev_hash_mismatch',
			7
		]
	])('should catch %s', (_name, tamper, error, position) => {
		expect(verifyChain(null, tamper(sampleJournal(10)))).toEqual({ ok: false, error, position });
	});

	it('should fail when any byte of any payload changes', () => {
		const journal = sampleJournal(8);
		fc.assert(
			fc.property(fc.nat(7), fc.nat(), fc.integer({ min: 1, max: 255 }), (i, at, delta) => {
				const victim = journal[i] as JournalEntry;
				const bytes = new TextEncoder().encode(victim.payload);
				const k = at % bytes.length;
				bytes[k] = ((bytes[k] ?? 0) + delta) % 256;
				const payload = new TextDecoder().decode(bytes);
				fc.pre(payload !== victim.payload);
				const tampered = journal.map((e, n) => (n === i ? { ...e, payload } : e));
				expect(verifyChain(null, tampered)).toMatchObject({ ok: false, position: i + 1 });
			})
		);
	});
});
