import type { MessageKey } from './zh-CN';

export const en: Record<MessageKey, string> = {
	'app.name': 'Linli',
	'app.tagline': 'Community time bank and points',
	'nav.home': 'Home',
	'nav.skip': 'Skip to main content'
};
