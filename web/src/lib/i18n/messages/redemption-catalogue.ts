import { defineMessages } from '../define';

/**
 * Finding offers (the catalogue's search by community and distance, the shop's map point) and
 * where a partner's application stands in each community; a sponsor's receipt.
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
	},
	'sponsor.receipt.title': { 'zh-CN': '赞助收据', en: 'Sponsorship receipt' },
	'sponsor.receipt.status.pending': {
		'zh-CN': '正在等待付款确认，这个页面会自动刷新。',
		en: 'Waiting for the payment to be confirmed; this page refreshes by itself.'
	},
	'sponsor.receipt.status.paid': {
		'zh-CN': '已到账，积分已经存入社区积分池。谢谢您！',
		en: 'Received: the points are in the community pool. Thank you!'
	},
	'sponsor.receipt.status.expired': {
		'zh-CN': '这次付款没有完成，没有扣款。',
		en: 'This payment was not completed; nothing was charged.'
	},
	'sponsor.receipt.sponsor': { 'zh-CN': '赞助人或单位', en: 'Sponsor' },
	'sponsor.receipt.community': { 'zh-CN': '赞助的社区', en: 'Community' },
	'sponsor.receipt.amount': { 'zh-CN': '金额', en: 'Amount' },
	'sponsor.receipt.points': { 'zh-CN': '换成积分', en: 'Points' },
	'sponsor.receipt.pointsAtRate': {
		'zh-CN': '{points} 积分（{rate} 积分 = 1 元）',
		en: '{points} points ({rate} points = ¥1)'
	},
	'sponsor.receipt.started': { 'zh-CN': '提交时间', en: 'Started' },
	'sponsor.receipt.paid': { 'zh-CN': '到账时间', en: 'Received' },
	'sponsor.receipt.ledger': {
		'zh-CN': '这笔积分记在社区账本上，任何人都可以核对：',
		en: 'The credit is on the community ledger, where anyone can check it:'
	},
	'sponsor.receipt.verify': { 'zh-CN': '核对账本凭证', en: 'Verify the ledger receipt' },
	'sponsor.receipt.keep': {
		'zh-CN': '请保存这个网址：凭它可以随时再看这张收据。',
		en: 'Keep this address: it lets you see this receipt again at any time.'
	},
	'sponsor.receipt.print': { 'zh-CN': '打印收据', en: 'Print the receipt' }
});
