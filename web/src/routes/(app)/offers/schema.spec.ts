import { describe, expect, it } from 'vitest';
import { herePoint } from '$lib/forms/near';
import { catalogueSchema } from './schema';

const read = (query: string) =>
	catalogueSchema.parse(Object.fromEntries(new URLSearchParams(query)));

describe('catalogueSchema', () => {
	it('reads an empty query as every offer of my community, measured from here', () => {
		expect(read('')).toEqual({
			category: null,
			community: null,
			radius: null,
			near: 'here',
			lat: null,
			lon: null
		});
	});

	it('reads every filter', () => {
		expect(
			read('category=haircut&community=7&radius=1&near=community&lat=23.13&lon=113.26')
		).toEqual({
			category: 'haircut',
			community: 7,
			radius: 1,
			near: 'community',
			lat: 23.13,
			lon: 113.26
		});
	});

	it.each([
		['a category that does not exist', 'category=spa', { category: null }],
		['a community that is not an id', 'community=-3', { community: null }],
		['a community that is not a number', 'community=河边', { community: null }],
		['a radius nobody offers', 'radius=7', { radius: null }],
		['a longitude off the globe', 'lat=23&lon=181', { lat: 23, lon: null }],
		['a place to measure from that does not exist', 'near=work', { near: 'here' }]
	])('reads %s as no filter', (_, query, expected) => {
		expect(read(query)).toMatchObject(expected);
	});

	it('uses the phone’s position only when asked to, rounded to about 100 m', () => {
		expect(herePoint(read('near=here&lat=23.12345&lon=113.26789'))).toEqual({
			latitude: 23.123,
			longitude: 113.268
		});
		expect(herePoint(read('near=community&lat=23.12345&lon=113.26789'))).toBeNull();
		expect(herePoint(read('near=here&lat=23.12345'))).toBeNull();
	});
});
