import { defineMessages } from '../define';

export default defineMessages({
	'form.invalid': { 'zh-CN': '这一项填写有误，请检查', en: 'Please check this field' },
	'form.required': { 'zh-CN': '这一项必须填写', en: 'This field is required' },
	'form.error.title': { 'zh-CN': '没有成功', en: 'That did not work' },
	'form.saved': { 'zh-CN': '已保存', en: 'Saved' },
	'form.submitting': { 'zh-CN': '正在提交…', en: 'Submitting…' },
	'error.forbidden': {
		'zh-CN': '您没有权限查看这个页面',
		en: 'You do not have access to this page'
	},
	'error.notFound': { 'zh-CN': '没有找到这个页面', en: 'Page not found' },
	'error.server': {
		'zh-CN': '系统出了点问题，请稍后再试',
		en: 'Something went wrong. Please try again later'
	},
	'error.tooMany': {
		'zh-CN': '操作太频繁，请 {seconds} 秒后再试',
		en: 'Too many attempts. Try again in {seconds} seconds'
	},
	'error.crossOrigin': {
		'zh-CN': '请求来源不正确，已拒绝',
		en: 'Request from another site refused'
	}
});
