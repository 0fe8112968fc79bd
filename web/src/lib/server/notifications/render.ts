import { isMessageKey, translate, type Locale, type MessageParams } from '../../i18n';

/**
 * A notification's text in the reader's language, from the message `notify.<type>`. A type whose
 * message is missing (a feature removed, or not yet translated) still shows a neutral sentence.
 */
export function notificationText(locale: Locale, type: string, params: MessageParams): string {
	const key = `notify.${type}`;
	return isMessageKey(key)
		? translate(locale, key, params)
		: translate(locale, 'notify.unknown', params);
}
