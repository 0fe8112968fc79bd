import { defineMessages } from '../define';

/**
 * The notification inbox, and the text of each notification type (`notify.<type>`). Features that
 * add a type add its sentence here or in their own file under the same `notify.` prefix.
 */
export default defineMessages({
	'notifications.title': { 'zh-CN': '消息', en: 'Messages' },
	'notifications.unread': {
		'zh-CN': '有 {count} 条新消息',
		en: 'New messages: {count}'
	},
	'notifications.allRead': { 'zh-CN': '没有新消息', en: 'No new messages' },
	'notifications.empty': { 'zh-CN': '还没有消息。', en: 'No messages yet.' },
	'notifications.new': { 'zh-CN': '新', en: 'New' },
	'notifications.open': { 'zh-CN': '查看', en: 'Open' },
	'notifications.markRead': { 'zh-CN': '标为已读', en: 'Mark as read' },
	'notifications.markReadLabel': {
		'zh-CN': '把这条消息标为已读：{text}',
		en: 'Mark as read: {text}'
	},
	'notifications.markAllRead': { 'zh-CN': '全部标为已读', en: 'Mark all as read' },
	'notifications.markedAll': { 'zh-CN': '已全部标为已读。', en: 'All marked as read.' },
	'notifications.notFound': {
		'zh-CN': '没有找到这条消息。',
		en: 'That message was not found.'
	},
	'notifications.live': {
		'zh-CN': '有新消息，已更新。',
		en: 'New message received; the list is updated.'
	},
	'notifications.digest.subject': {
		'zh-CN': '邻里：您有 {count} 条新消息',
		en: 'Linli: new messages ({count})'
	},
	'notifications.digest.intro': {
		'zh-CN': '您好，{name}！过去一天您有这些新消息：',
		en: 'Hello {name}, these messages arrived in the last day:'
	},
	'notifications.digest.footer': {
		'zh-CN': '打开邻里查看全部消息：{url}',
		en: 'Open Linli to see all your messages: {url}'
	},
	'notify.unknown': { 'zh-CN': '您有一条新消息。', en: 'You have a new message.' },
	'notify.hours_confirmed': {
		'zh-CN': '“{activity}”的服务时间已确认：{hours} 小时。',
		en: 'Your hours for "{activity}" are confirmed: {hours} h.'
	},
	'notify.points_received': {
		'zh-CN': '您收到了 {points} 积分。',
		en: 'You received {points} points.'
	},
	'notify.voucher_redeemed': {
		'zh-CN': '您的兑换券“{offer}”已使用。',
		en: 'Your voucher "{offer}" was used.'
	}
});
