import { defineMessages } from '../define';

/** Live views that are not a feature's own page: the partner counter's incoming list. */
export default defineMessages({
	'live.counter.title': { 'zh-CN': '刚刚兑换的', en: 'Just redeemed' },
	'live.counter.hint': {
		'zh-CN': '居民兑换后会马上出现在这里，不用刷新。',
		en: 'New redemptions appear here as residents make them; no need to reload.'
	},
	'live.counter.empty': { 'zh-CN': '最近还没有人兑换。', en: 'No redemptions lately.' },
	'live.counter.issued': { 'zh-CN': '等待核销', en: 'Waiting' },
	'live.counter.used': { 'zh-CN': '已核销', en: 'Confirmed' }
});
