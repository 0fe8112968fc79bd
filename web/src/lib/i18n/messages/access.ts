import { defineMessages } from '../define';

export default defineMessages({
	'access.role.resident': { 'zh-CN': '居民', en: 'Resident' },
	'access.role.organiser': { 'zh-CN': '组织者', en: 'Organiser' },
	'access.role.committee': { 'zh-CN': '居委会', en: 'Committee' },
	'access.role.inspector': { 'zh-CN': '分类督导员', en: 'Sorting inspector' },
	'access.role.partner': { 'zh-CN': '合作商家', en: 'Partner' },
	'access.role.auditor': { 'zh-CN': '审计员', en: 'Auditor' },
	'access.role.admin': { 'zh-CN': '平台管理员', en: 'Administrator' },
	'access.level.city': { 'zh-CN': '市', en: 'City' },
	'access.level.district': { 'zh-CN': '区', en: 'District' },
	'access.level.street': { 'zh-CN': '街道', en: 'Street' },
	'access.level.community': { 'zh-CN': '社区', en: 'Community' },
	'access.level.grid': { 'zh-CN': '网格', en: 'Grid' },
	'access.error.title': { 'zh-CN': '出错了', en: 'Something went wrong' },
	'access.error.unauthenticated': {
		'zh-CN': '请先登录，再打开这个页面',
		en: 'Please log in to open this page'
	},
	'access.error.forbiddenHint': {
		'zh-CN': '这个页面只给负责的工作人员使用。如果您觉得应该能打开，请联系居委会。',
		en: 'This page is for the staff in charge. If you think you should have access, please contact your community committee.'
	},
	'access.error.login': { 'zh-CN': '去登录', en: 'Log in' },
	'access.error.home': { 'zh-CN': '回到首页', en: 'Back to the home page' },
	'access.error.status': { 'zh-CN': '错误代码：{status}', en: 'Error code: {status}' }
});
