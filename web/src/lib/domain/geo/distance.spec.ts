import { describe, expect, it } from 'vitest';
import {
	boundingBox,
	byDistance,
	coarsen,
	distanceMetres,
	isPoint,
	isRadiusKm,
	roughDistance
} from './distance';

// Tianhe Sports Centre and Canton Tower: about 3.4 km apart, almost due north-south.
const sports = { latitude: 23.1375, longitude: 113.3246 };
const tower = { latitude: 23.1066, longitude: 113.3245 };

describe('distanceMetres', () => {
	it.each([
		['the same point', sports, sports, 0],
		['0.001° of latitude', sports, { ...sports, latitude: sports.latitude + 0.001 }, 111],
		[
			'one degree of longitude on the equator',
			{ latitude: 0, longitude: 0 },
			{ latitude: 0, longitude: 1 },
			111_195
		],
		[
			'across the antimeridian',
			{ latitude: 0, longitude: 179.99 },
			{ latitude: 0, longitude: -179.99 },
			2_224
		]
	])('%s', (_n, a, b, metres) => {
		expect(distanceMetres(a, b)).toBe(metres);
	});

	it('is symmetric and about 3.4 km between two Guangzhou landmarks', () => {
		expect(distanceMetres(sports, tower)).toBe(distanceMetres(tower, sports));
		expect(distanceMetres(sports, tower)).toBeGreaterThan(3_350);
		expect(distanceMetres(sports, tower)).toBeLessThan(3_500);
	});
});

describe('boundingBox', () => {
	it('contains every point at the radius in the four directions and no point far outside', () => {
		const box = boundingBox(sports, 1_000);
		for (const bearing of [0, 90, 180, 270, 45, 135]) {
			const rad = (bearing * Math.PI) / 180;
			const p = {
				latitude: sports.latitude + (Math.cos(rad) * 999) / 111_195,
				longitude:
					sports.longitude +
					(Math.sin(rad) * 999) / (111_195 * Math.cos((sports.latitude * Math.PI) / 180))
			};
			expect(distanceMetres(sports, p)).toBeLessThanOrEqual(1_000);
			expect(p.latitude).toBeGreaterThanOrEqual(box.minLatitude);
			expect(p.latitude).toBeLessThanOrEqual(box.maxLatitude);
			expect(p.longitude).toBeGreaterThanOrEqual(box.minLongitude);
			expect(p.longitude).toBeLessThanOrEqual(box.maxLongitude);
		}
		expect(tower.latitude).toBeLessThan(box.minLatitude);
	});

	it('takes every longitude at a pole', () => {
		const box = boundingBox({ latitude: 90, longitude: 0 }, 5_000);
		expect(box.maxLatitude).toBe(90);
		expect(box.maxLongitude - box.minLongitude).toBe(360);
	});
});

describe('byDistance', () => {
	const items = [
		{ id: 'tower', ...tower },
		{ id: 'no point', latitude: null, longitude: null },
		{ id: 'next door', latitude: sports.latitude + 0.002, longitude: sports.longitude },
		{ id: 'here', ...sports }
	];

	it('keeps only points inside the radius, nearest first', () => {
		expect(byDistance(items, sports, 1_000).map((i) => [i.id, i.distanceMetres])).toEqual([
			['here', 0],
			['next door', 222]
		]);
		expect(byDistance(items, sports, 5_000).map((i) => i.id)).toEqual([
			'here',
			'next door',
			'tower'
		]);
	});

	it('keeps the edge of the radius and drops one metre beyond it', () => {
		expect(byDistance(items, sports, 222).map((i) => i.id)).toEqual(['here', 'next door']);
		expect(byDistance(items, sports, 221).map((i) => i.id)).toEqual(['here']);
	});

	it('without a radius keeps every item in its order and measures those it can', () => {
		const all = byDistance(items, sports, null);
		expect(all.map((i) => i.id)).toEqual(['tower', 'no point', 'next door', 'here']);
		expect(all[1]?.distanceMetres).toBeNull();
		expect(all[2]?.distanceMetres).toBe(222);
	});

	it('without an origin measures nothing and, with a radius, keeps nothing', () => {
		expect(byDistance(items, null, null).every((i) => i.distanceMetres === null)).toBe(true);
		expect(byDistance(items, null, 10_000)).toEqual([]);
	});
});

describe('roughDistance', () => {
	it.each([
		[0, 'm', 50],
		[12, 'm', 50],
		[780, 'm', 800],
		[824, 'm', 800],
		[949, 'm', 950],
		[950, 'km', 1],
		[1_234, 'km', 1.2],
		[9_949, 'km', 9.9],
		[9_950, 'km', 10],
		[12_600, 'km', 13]
	] as const)('%i m reads as %s %d', (metres, unit, value) => {
		expect(roughDistance(metres)).toEqual({ unit, value });
	});
});

describe('input checks', () => {
	it.each([
		[1, true],
		[3, true],
		[10, true],
		[2, false],
		['3', false],
		[null, false]
	])('radius %s is allowed: %s', (value, expected) => {
		expect(isRadiusKm(value)).toBe(expected);
	});

	it.each([
		[{ latitude: 23.1, longitude: 113.3 }, true],
		[{ latitude: null, longitude: 113.3 }, false],
		[{ latitude: 91, longitude: 0 }, false],
		[{ latitude: 0, longitude: Number.NaN }, false]
	])('%o is a point: %s', (p, expected) => {
		expect(isPoint(p)).toBe(expected);
	});

	it('rounds a position to about 100 m', () => {
		expect(coarsen({ latitude: 23.137_54, longitude: 113.324_649 })).toEqual({
			latitude: 23.138,
			longitude: 113.325
		});
	});
});
