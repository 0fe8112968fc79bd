import { defineMessages } from '../define';

/**
 * Finding offers (the catalogue's search by community and distance, the shop's map point) and
 * where a partner's application stands in each community.
 */
export default defineMessages({
	'redemption.catalogue.find': { 'zh-CN': '按距离、社区找', en: 'Find by distance or community' },
	'redemption.catalogue.community': { 'zh-CN': '看哪个社区的服务', en: 'Offers in' },
	'redemption.catalogue.home': {
		'zh-CN': '{name}（我住的社区）',
		en: '{name} (where I live)'
	},
	'redemption.catalogue.search': { 'zh-CN': '查找', en: 'Search' },
	'redemption.catalogue.clear': {
		'zh-CN': '看我社区的全部服务',
		en: 'Show everything in my community'
	},
	'redemption.catalogue.showing': {
		'zh-CN': '正在看{name}的服务。',
		en: 'Showing the offers in {name}.'
	},
	'redemption.catalogue.withoutPoint': {
		'zh-CN': '另有 {count} 项服务的商家还没有标地图位置，所以没有列出来。',
		en: '{count} more offers are from shops with no map point and are not listed.'
	},
	'redemption.offer.notHere': {
		'zh-CN': '这项服务不在您住的社区提供，不能兑换。',
		en: 'This offer is not available in your community, so you cannot redeem it.'
	},
	'redemption.shop.title': { 'zh-CN': '店铺在地图上的位置', en: 'Your shop on the map' },
	'redemption.shop.intro': {
		'zh-CN':
			'居民按“离我多远”找服务时，按这个位置算。可以在地图软件里长按店铺，复制经纬度填进来；不填的话，居民按距离找时看不到您的服务。',
		en: 'Residents looking for offers near them are measured to this point. In a map app, long-press your shop and copy its coordinates. Without it, your offers do not show when residents search by distance.'
	},
	'redemption.applications.title': {
		'zh-CN': '在各社区的申请',
		en: 'Your application in each community'
	},
	'redemption.applications.pending': { 'zh-CN': '等待社区审核', en: 'Waiting for the committee' },
	'redemption.applications.approved': { 'zh-CN': '已通过', en: 'Approved' },
	'redemption.applications.rejected': { 'zh-CN': '没有通过', en: 'Not approved' },
	'redemption.applications.reason': { 'zh-CN': '理由：{reason}', en: 'Reason: {reason}' },
	'notify.partner_approved': {
		'zh-CN': '{partner}已通过{community}的审核，可以上架服务了。',
		en: '{partner} is approved in {community}: you can publish offers there now.'
	},
	'notify.partner_rejected': {
		'zh-CN': '{partner}在{community}的申请没有通过。理由：{reason}',
		en: '{partner} was not approved in {community}. Reason: {reason}'
	}
});
