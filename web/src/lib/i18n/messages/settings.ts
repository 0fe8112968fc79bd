import { defineMessages } from '../define';

export default defineMessages({
	'settings.title': { 'zh-CN': '设置', en: 'Settings' },
	'settings.language.title': { 'zh-CN': '语言', en: 'Language' },
	'settings.language.legend': { 'zh-CN': '选择显示语言', en: 'Choose the language' },
	'settings.language.switchTo': { 'zh-CN': 'English', en: '中文' },
	'settings.language.switchLabel': {
		'zh-CN': 'Switch to English',
		en: '切换到中文'
	},
	'settings.language.zh': { 'zh-CN': '中文（简体）', en: '中文（简体） Chinese' },
	'settings.language.en': { 'zh-CN': 'English 英文', en: 'English' },
	'settings.display.title': { 'zh-CN': '显示', en: 'Display' },
	'settings.display.largeText': { 'zh-CN': '大字模式', en: 'Large text' },
	'settings.display.largeTextHint': {
		'zh-CN': '字更大，看得更清楚',
		en: 'Bigger letters, easier to read'
	},
	'settings.display.highContrast': { 'zh-CN': '高对比度', en: 'High contrast' },
	'settings.display.highContrastHint': {
		'zh-CN': '黑白分明，颜色更深',
		en: 'Darker colours, sharper edges'
	},
	'settings.display.quickLargeOn': { 'zh-CN': '大字', en: 'Large text' },
	'settings.save': { 'zh-CN': '保存', en: 'Save' },
	'settings.saved': { 'zh-CN': '设置已保存', en: 'Settings saved' },
	'settings.remembered.user': {
		'zh-CN': '设置会保存在您的账号里，换手机登录也一样。',
		en: 'Saved to your account, on every device you log in to.'
	},
	'settings.remembered.device': {
		'zh-CN': '设置保存在这台设备上。登录以后会保存到您的账号。',
		en: 'Saved on this device. Log in to keep them in your account.'
	},
	'settings.account': { 'zh-CN': '账号与密码', en: 'Account and password' }
});
