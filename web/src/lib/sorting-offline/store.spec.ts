import { describe, expect, it } from 'vitest';
import type { QueuedDropoff } from '$lib/domain/sorting';
import { QueueStore } from './store';

/** localStorage with a size limit, like a phone's (about 5 MB; here a few kilobytes). */
class SmallStorage implements Storage {
	readonly #items = new Map<string, string>();
	constructor(readonly limit: number) {}
	get length() {
		return this.#items.size;
	}
	clear() {
		this.#items.clear();
	}
	getItem(key: string) {
		return this.#items.get(key) ?? null;
	}
	key(i: number) {
		return [...this.#items.keys()][i] ?? null;
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
	setItem(key: string, value: string) {
		if (value.length > this.limit) throw new DOMException('full', 'QuotaExceededError');
		this.#items.set(key, value);
	}
}

let n = 0;
const bag = (photo = false): QueuedDropoff => ({
	id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
	pointId: 1,
	presented: '7-123456',
	category: 'food',
	correct: true,
	note: null,
	recordedAt: '2026-12-07T01:00:00.000Z',
	attempts: 0,
	photo: photo ? { mime: 'image/jpeg', data: 'x'.repeat(3000) } : null
});

describe('QueueStore', () => {
	it('keeps the queue across a reload', () => {
		const storage = new SmallStorage(100_000);
		const a = bag();
		new QueueStore(7, storage).add(a);
		expect(new QueueStore(7, storage).read()).toEqual([a]);
		// Another inspector on the same phone has a queue of their own.
		expect(new QueueStore(8, storage).read()).toEqual([]);
	});

	it('stores the drop-offs without their photos when the photos no longer fit', () => {
		const storage = new SmallStorage(3_000);
		const store = new QueueStore(7, storage);
		const withPhoto = bag(true);
		store.add(bag());
		store.add(withPhoto);
		expect(store.kept).toBe('without_photos');
		// This page still sends the photo; a reload would find the bag without it.
		expect(store.read().find((q) => q.id === withPhoto.id)?.photo?.data).toHaveLength(3000);
		const reloaded = new QueueStore(7, storage).read();
		expect(reloaded).toHaveLength(2);
		expect(reloaded.find((q) => q.id === withPhoto.id)?.photo).toBeNull();
	});

	it('never loses a drop-off when storage refuses everything, and says so', () => {
		const storage = new SmallStorage(10);
		const store = new QueueStore(7, storage);
		const a = bag();
		const b = bag();
		store.add(a);
		store.add(b);
		expect(store.kept).toBe('page_only');
		expect(store.read().map((q) => q.id)).toEqual([a.id, b.id]);
		expect(
			store
				.settle([{ id: a.id, status: 'recorded', points: 2, reason: 'awarded' }])
				.map((d) => d.id)
		).toEqual([a.id]);
		expect(store.read().map((q) => q.id)).toEqual([b.id]);
	});

	it('picks up what another tab stored, and does not take back what this page settled', () => {
		const storage = new SmallStorage(100_000);
		const here = new QueueStore(7, storage);
		const there = new QueueStore(7, storage);
		const a = bag();
		const b = bag();
		here.add(a);
		there.add(b);
		expect(here.read().map((q) => q.id)).toEqual([a.id, b.id]);
		here.settle([{ id: a.id, status: 'recorded', points: 2, reason: 'awarded' }]);
		// The other tab, not knowing, writes its copy with `a` back.
		there.add(bag());
		expect(here.read().map((q) => q.id)).not.toContain(a.id);
	});

	it('works without storage at all', () => {
		const store = new QueueStore(7, null);
		store.add(bag());
		expect(store.kept).toBe('page_only');
		expect(store.read()).toHaveLength(1);
	});
});
