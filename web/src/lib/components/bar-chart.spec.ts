import type { ComponentProps } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import BarChart from './bar-chart.svelte';

const body = (props: ComponentProps<typeof BarChart>) => render(BarChart, { props }).body;

describe('bar chart', () => {
	it('should name the chart and list every bar with its number and share for screen readers', () => {
		const html = body({
			label: '每项得票',
			orientation: 'horizontal',
			points: [
				{ x: '同意', y: 2, selected: true },
				{ x: '不同意', y: 1 }
			],
			total: 3,
			selectedText: '通过'
		});
		expect(html).toMatch(
			/<svg[^>]*role="img"[^>]*aria-labelledby="(\S+)-title"[^>]*aria-describedby="\1-desc"/
		);
		expect(html).toContain('<title');
		expect(html).toContain('同意: 2 (66.7%) (通过); 不同意: 1 (33.3%)');
		// The same numbers are visible as text beside the bars.
		expect(html).toMatch(/<text[^>]*class="value[^"]*"[^>]*>2 \(66.7%\)<\/text>/);
	});

	it('should draw bars in proportion to the largest value', () => {
		const html = body({
			label: 'x',
			orientation: 'horizontal',
			points: [
				{ x: 'a', y: 4 },
				{ x: 'b', y: 1 },
				{ x: 'c', y: 0 }
			]
		});
		const widths = [...html.matchAll(/<rect[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(widths).toEqual([420, 105, 0]);
	});

	it('should keep a long title whole in the description and cut it on screen', () => {
		const long = '在三号楼和四号楼之间的小路上加装路灯和扶手，方便老人晚上出门散步和回家，也更安全';
		const html = body({ label: 'x', orientation: 'horizontal', points: [{ x: long, y: 1 }] });
		expect(html).toContain(`${long}: 1`);
		expect(html).toContain('…</text>');
	});

	it('should describe a series over time without shares when no total is given', () => {
		const html = body({
			label: '服务时长',
			points: [
				{ x: '2026-03-01', y: 5 },
				{ x: '2026-03-02', y: 0 }
			]
		});
		expect(html).toContain('2026-03-01: 5; 2026-03-02: 0');
		// The title comes before the drawing, and the first and last day label the axis.
		expect(html.indexOf('<figcaption')).toBeLessThan(html.indexOf('<svg'));
		expect(html).toMatch(
			/class="ticks[^"]*"[^>]*><span>2026-03-01<\/span>(<!--[^>]*-->|\s)*<span>2026-03-02<\/span>/
		);
	});

	it('should name a single day once', () => {
		const html = body({ label: '服务时长', points: [{ x: '2026-03-01', y: 5 }] });
		expect(html.match(/2026-03-01<\/span>/g)).toHaveLength(1);
	});
});
