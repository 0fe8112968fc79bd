import { defineMessages } from '../define';

/**
 * The committee's side of the "what goes where" guide (server/sorting/guide.service.ts), and the
 * statistics page's trends per point or building.
 */
export default defineMessages({
	'sorting.guide.edit': { 'zh-CN': '修改', en: 'Edit' },
	'sorting.guide.save': { 'zh-CN': '保存修改', en: 'Save changes' },
	'sorting.guide.own': { 'zh-CN': '本社区加的', en: 'Added here' },
	'sorting.guide.platform': { 'zh-CN': '平台通用', en: 'Shared list' },
	'sorting.guide.hidden': { 'zh-CN': '本社区不显示', en: 'Not shown here' },
	'sorting.guide.hide': { 'zh-CN': '不在本社区显示', en: 'Do not show here' },
	'sorting.guide.show': { 'zh-CN': '恢复显示', en: 'Show again' },
	'sorting.guide.hideLabel': { 'zh-CN': '不在本社区显示“{name}”', en: 'Do not show “{name}” here' },
	'sorting.guide.showLabel': { 'zh-CN': '恢复显示“{name}”', en: 'Show “{name}” again' },
	'sorting.guide.editLabel': { 'zh-CN': '修改“{name}”', en: 'Edit “{name}”' },
	'sorting.guide.removeLabel': { 'zh-CN': '移除“{name}”', en: 'Remove “{name}”' },
	'sorting.guide.error.forbidden': {
		'zh-CN': '您不能管理这个社区的指南',
		en: 'You cannot manage this community’s guide'
	},
	'sorting.guide.error.invalid_request': {
		'zh-CN': '填写有误：物品名 1–40 个字，小提示最多 120 个字',
		en: 'Please check: a name of 1–40 characters and a tip of at most 120'
	},
	'sorting.guide.error.not_found': {
		'zh-CN': '找不到这一项，可能已经被别人改过或移除了',
		en: 'That item is gone; someone may have changed or removed it'
	},
	'sorting.guide.error.duplicate_name': {
		'zh-CN': '指南里已经有这个物品了，请直接修改那一项',
		en: 'The guide already lists this item; edit that one instead'
	},
	'sorting.committee.trendOf': { 'zh-CN': '{name}的趋势', en: 'Trend at {name}' },
	'sorting.committee.trendAll': { 'zh-CN': '看全社区的趋势', en: 'Show the whole community' }
});
