import access from './messages/access';
import admin from './messages/admin';
import app from './messages/app';
import auth from './messages/auth';
import committee from './messages/committee';
import form from './messages/form';
import settings from './messages/settings';
import journal from './messages/journal';
import ledger from './messages/ledger';
import live from './messages/live';
import near from './messages/near';
import realtime from './messages/realtime';
import redemption from './messages/redemption';
import redemptionCatalogue from './messages/redemption-catalogue';
import settlement from './messages/settlement';
import council from './messages/council';
import councilExtras from './messages/council-extras';
import wallet from './messages/wallet';
import timebank from './messages/timebank';
import oversight from './messages/oversight';
import idNumber from './messages/id-number';
import sorting from './messages/sorting';
import sortingReview from './messages/sorting-review';
import sortingGuide from './messages/sorting-guide';
import images from './messages/images';
import ledgerRecords from './messages/ledger-records';

/**
 * Every message catalogue of the app. Each feature keeps its own file in ./messages and is listed
 * here once; keys are namespaced by feature (`auth.login.title`).
 */
const catalogue = {
	...access,
	...admin,
	...committee,
	...app,
	...auth,
	...form,
	...settings,
	...journal,
	...ledger,
	...live,
	...near,
	...realtime,
	...redemption,
	...redemptionCatalogue,
	...settlement,
	...council,
	...councilExtras,
	...wallet,
	...timebank,
	...sorting,
	...sortingReview,
	...sortingGuide,
	...images,
	...ledgerRecords,
	...oversight,
	...idNumber
};

export type MessageKey = keyof typeof catalogue;
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const LOCALE_COOKIE = 'linli_locale';
export type MessageParams = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isMessageKey(value: unknown): value is MessageKey {
	return typeof value === 'string' && Object.hasOwn(catalogue, value);
}

/**
 * Looks a message up and fills `{name}` placeholders. Unknown keys are a type error; a missing
 * parameter is left visible rather than silently dropped.
 */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
	return catalogue[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** Binds `translate` to one locale: `const t = translator(locale); t('nav.home')`. */
export function translator(locale: Locale) {
	return (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
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
