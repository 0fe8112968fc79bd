import { defineMessages } from '../define';

/**
 * Finding things by distance: the radius and "measured from" choices, where distances were
 * measured from, and distances as people say them. Shared by the activity list and the offer
 * catalogue (components/geo/).
 */
export default defineMessages({
	'near.distance': { 'zh-CN': '离多远', en: 'How far' },
	'near.anyDistance': { 'zh-CN': '远近都行', en: 'Any distance' },
	'near.withinKm': { 'zh-CN': '{km} 公里以内', en: 'Within {km} km' },
	'near.from': { 'zh-CN': '从哪里算', en: 'Measured from' },
	'near.fromHere': { 'zh-CN': '我现在的位置', en: 'Where I am now' },
	'near.fromHereHint': {
		'zh-CN': '手机会问您是否允许用位置，请点“允许”',
		en: 'Your phone will ask to use your location: choose “Allow”'
	},
	'near.fromCommunity': { 'zh-CN': '我住的社区', en: 'My community' },
	'near.locating': {
		'zh-CN': '正在找您的位置，请稍等……',
		en: 'Finding where you are, one moment…'
	},
	'near.origin.here': {
		'zh-CN': '距离按您现在的位置算。',
		en: 'Distances are from where you are now.'
	},
	'near.origin.community': {
		'zh-CN': '距离按您住的社区算。',
		en: 'Distances are from your community.'
	},
	'near.origin.fallback': {
		'zh-CN': '没能拿到手机的位置，距离按您住的社区算。',
		en: 'Your phone did not give a location, so distances are from your community.'
	},
	'near.origin.none': {
		'zh-CN': '您的社区还没有设置地图位置，暂时不能按距离找。',
		en: 'Your community has no map point yet, so distance cannot be used.'
	},
	'near.m': { 'zh-CN': '约 {value} 米', en: 'about {value} m' },
	'near.km': { 'zh-CN': '约 {value} 公里', en: 'about {value} km' },
	'near.fromYou': { 'zh-CN': '离您{distance}', en: '{distance} from you' },
	'near.fromYourCommunity': {
		'zh-CN': '离社区{distance}',
		en: '{distance} from your community'
	},

	// A place's map point, typed in (a community, a partner's shop)
	'near.point.latitude': { 'zh-CN': '纬度（例如 23.1291）', en: 'Latitude (e.g. 23.1291)' },
	'near.point.longitude': { 'zh-CN': '经度（例如 113.2644）', en: 'Longitude (e.g. 113.2644)' },
	'near.point.current': {
		'zh-CN': '现在的位置：纬度 {latitude}，经度 {longitude}',
		en: 'Now: latitude {latitude}, longitude {longitude}'
	},
	'near.point.unset': { 'zh-CN': '还没有设置。', en: 'Not set yet.' },
	'near.point.save': { 'zh-CN': '保存位置', en: 'Save the point' },
	'near.point.saved': { 'zh-CN': '位置保存好了。', en: 'The point is saved.' },
	'near.point.clear': { 'zh-CN': '清除位置', en: 'Remove the point' },
	'near.point.cleared': { 'zh-CN': '位置已清除。', en: 'The point is removed.' },
	'near.point.invalid': {
		'zh-CN': '经纬度不对：纬度在 -90 到 90 之间，经度在 -180 到 180 之间。',
		en: 'Those coordinates are not valid: latitude is -90 to 90, longitude -180 to 180.'
	}
});
