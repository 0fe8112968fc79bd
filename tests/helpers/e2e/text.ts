import { translate, type MessageKey, type MessageParams } from '../../../web/src/lib/i18n';

/**
 * The Chinese text of a message, as the page shows it by default. Tests find elements by the
 * words a person reads, taken from the catalogue so a reworded label does not break them.
 */
export function zh(key: MessageKey, params?: MessageParams): string {
	return translate('zh-CN', key, params);
}

export function en(key: MessageKey, params?: MessageParams): string {
	return translate('en', key, params);
}
