import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import type { MessageKey } from '../../../web/src/lib/i18n';
import { logIn, markWithoutJs, open, zh } from './app';

/** A phone-sized screen: finding things nearby is done on a phone. */
export const PHONE = { width: 390, height: 844 };

/** A new phone-sized browser, signed in as `phone` (with a position or without JavaScript). */
export async function signedInOnPhone(
	browser: Browser,
	phone: string,
	options: BrowserContextOptions = {}
): Promise<Page> {
	const page = await (await browser.newContext({ viewport: PHONE, ...options })).newPage();
	if (options.javaScriptEnabled === false) markWithoutJs(page);
	await logIn(page, phone);
	return page;
}

/** The card of a listed activity or offer, by its title. */
export const listCard = (page: Page, title: string) =>
	page.getByRole('main').getByRole('listitem').filter({ hasText: title });

/**
 * Opens a list's search (`opener` is the text of its fold-out) and asks for things within `km`
 * of `from`, then submits it with the button named `submit`.
 */
export async function searchWithin(
	page: Page,
	list: { path: string; opener: MessageKey; submit: MessageKey },
	km: number,
	from: 'fromHere' | 'fromCommunity'
) {
	await open(page, list.path);
	await page.getByText(zh(list.opener)).click();
	await page.getByLabel(zh('near.distance')).selectOption({ label: zh('near.withinKm', { km }) });
	await page.getByRole('radio', { name: zh(`near.${from}`) }).check();
	await page.getByRole('button', { name: zh(list.submit) }).click();
	await expect(page).toHaveURL(new RegExp(`radius=${km}`));
}
