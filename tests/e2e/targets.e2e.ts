import { expect, test } from '@playwright/test';
import { open } from '../helpers/e2e/app';
import { pageAs, type Who } from '../helpers/e2e/main-pages';

/*
 * The screens used standing up, one-handed, at a bin or a shop counter, and the resident's code:
 * every control on them is at least 44 by 44 CSS px (WCAG 2.5.5), on a phone. A check box or
 * radio counts by its label, which is what the finger hits; a link inside a sentence is exempt.
 */

const screens: { who: Who; paths: string[] }[] = [
	{ who: 'inspector', paths: ['/sorting/record'] },
	{ who: 'partner', paths: ['/partner/counter'] },
	{ who: 'resident', paths: ['/sorting/my-code', '/wallet'] }
];

const CONTROLS = [
	'a',
	'button',
	'summary',
	'select',
	'textarea',
	'input:not([type=checkbox]):not([type=radio]):not([type=hidden])',
	'label:has(input[type=checkbox])',
	'label:has(input[type=radio])'
]
	.map((c) => `main ${c}`)
	.join(', ');

for (const { who, paths } of screens) {
	test(`every control on the ${who}'s quick screens is at least 44 px square`, async ({
		browser
	}) => {
		const { page, close } = await pageAs(browser, who, { viewport: { width: 390, height: 844 } });
		const small: string[] = [];
		for (const path of paths) {
			await open(page, path);
			const found = await page.locator(CONTROLS).evaluateAll((els) =>
				els.flatMap((e) => {
					const box = e.getBoundingClientRect();
					if (box.width === 0 && box.height === 0) return [];
					const inSentence =
						getComputedStyle(e).display === 'inline' &&
						(e.parentElement?.textContent ?? '').trim() !== (e.textContent ?? '').trim();
					if (inSentence || (box.width >= 44 && box.height >= 44)) return [];
					const name = (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 30);
					return [
						`${e.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`
					];
				})
			);
			small.push(...found.map((f) => `${path}: ${f}`));
		}
		await close();
		expect(small).toEqual([]);
	});
}
