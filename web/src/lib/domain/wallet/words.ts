import type { MessageKey } from '$lib/i18n';

/**
 * A message and its parameters, which may themselves be messages ("您最多可以先用 {amount}" with
 * amount = "10 小时"). The domain chooses the words; the page translates them in its language.
 */
export interface Worded {
	key: MessageKey;
	params?: Record<string, string | number | Worded>;
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Translates a message, nested messages first. */
export function wordsToText(w: Worded, translate: Translate): string {
	const params: Record<string, string | number> = {};
	for (const [name, value] of Object.entries(w.params ?? {})) {
		params[name] = typeof value === 'object' ? wordsToText(value, translate) : value;
	}
	return translate(w.key, params);
}
