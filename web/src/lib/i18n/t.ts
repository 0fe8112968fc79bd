import { page } from '$app/state';
import { DEFAULT_LOCALE, isLocale, translate, type MessageKey, type MessageParams } from './index';

/**
 * Translates in components, in the language of the current page (set by the root layout from
 * `locals.locale`). Reactive: reading `page` inside a template re-renders on language change.
 */
export function t(key: MessageKey, params?: MessageParams): string {
	const locale = page.data.locale;
	return translate(isLocale(locale) ? locale : DEFAULT_LOCALE, key, params);
}
