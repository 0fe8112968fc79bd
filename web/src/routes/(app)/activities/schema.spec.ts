import { describe, expect, it } from 'vitest';
import { browseSchema } from './schema';

const read = (query: string) => browseSchema.parse(Object.fromEntries(new URLSearchParams(query)));

describe('browseSchema', () => {
	it('reads an empty query as no filter, measured from here', () => {
		expect(read('')).toEqual({
			from: undefined,
			category: undefined,
			skills: false,
			community: undefined,
			radius: null,
			near: 'here',
			lat: null,
			lon: null
		});
	});

	it('reads every filter', () => {
		expect(
			read(
				'from=2026-06-01&category=助老&skills=mine&community=7&radius=3&near=community&lat=23.13&lon=113.26'
			)
		).toEqual({
			from: '2026-06-01',
			category: '助老',
			skills: true,
			community: 7,
			radius: 3,
			near: 'community',
			lat: 23.13,
			lon: 113.26
		});
	});

	it.each([
		['a radius nobody offers', 'radius=2', { radius: null }],
		['a radius that is not a number', 'radius=far', { radius: null }],
		['a latitude off the globe', 'lat=91&lon=10', { lat: null, lon: 10 }],
		['a longitude that is not a number', 'lat=23&lon=east', { lat: 23, lon: null }],
		['a bad date', 'from=tomorrow', { from: undefined }],
		['an unknown origin', 'near=moon', { near: 'here' }],
		['a blank category', 'category=%20%20', { category: undefined }],
		['a community that is not an id', 'community=abc', { community: undefined }]
	])('ignores %s', (_n, query, expected) => {
		expect(read(query)).toMatchObject(expected);
	});
});
