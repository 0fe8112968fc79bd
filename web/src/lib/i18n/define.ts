/** One message in both languages, side by side, so a key can never exist in only one. */
export interface Message {
	'zh-CN': string;
	en: string;
}

export function defineMessages<const T extends Record<string, Message>>(messages: T): T {
	return messages;
}
