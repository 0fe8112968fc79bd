import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export type { MessageKey };
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const LOCALE_COOKIE = 'linli_locale';

const catalogues: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Looks a message up and fills `{name}` placeholders. Unknown keys are a type error, so every
 * message exists in both languages; a missing parameter is left visible rather than hidden.
 */
export function translate(
	locale: Locale,
	key: MessageKey,
	params: Record<string, string | number> = {}
): string {
	const text = catalogues[locale][key];
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** Binds `translate` to one locale: `const t = translator(locale); t('nav.home')`. */
export function translator(locale: Locale) {
	return (key: MessageKey, params?: Record<string, string | number>) =>
		translate(locale, key, params);
}

/** Picks the first supported language from an Accept-Language header. */
export function negotiateLocale(header: string | null): Locale {
	if (!header) return DEFAULT_LOCALE;
	for (const part of header.split(',')) {
		const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
		if (tag.startsWith('zh')) return 'zh-CN';
		if (tag.startsWith('en')) return 'en';
	}
	return DEFAULT_LOCALE;
}
