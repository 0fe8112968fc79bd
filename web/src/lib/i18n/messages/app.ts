import { defineMessages } from '../define';

export default defineMessages({
	'app.name': { 'zh-CN': '邻里', en: 'Linli' },
	'app.tagline': { 'zh-CN': '社区时间银行与积分', en: 'Community time bank and points' },
	'nav.home': { 'zh-CN': '首页', en: 'Home' },
	'nav.skip': { 'zh-CN': '跳到主要内容', en: 'Skip to main content' }
});
