import { defineMessages } from '../define';

export default defineMessages({
	'image.error.image_empty': {
		'zh-CN': '照片是空的，请重新选一张。',
		en: 'The photo is empty. Please pick another.'
	},
	'image.error.image_too_large': {
		'zh-CN': '照片太大了（最大 2 MB），请换一张小一点的。',
		en: 'The photo is too large (2 MB at most). Please pick a smaller one.'
	},
	'image.error.image_unsupported_type': {
		'zh-CN': '只能上传照片（JPG、PNG 或 WebP 格式）。',
		en: 'Only photos can be uploaded (JPG, PNG or WebP).'
	},
	'image.error.image_too_many': {
		'zh-CN': '照片太多了，请少选几张。',
		en: 'Too many photos. Please pick fewer.'
	},
	'image.picker.label': { 'zh-CN': '照片', en: 'Photos' },
	'image.picker.hint': {
		'zh-CN': '最多 {max} 张，会自动缩小后上传。',
		en: 'Up to {max}. Large photos are made smaller before upload.'
	},
	'image.picker.remove': { 'zh-CN': '去掉这张', en: 'Remove this photo' },
	'image.picker.preview': { 'zh-CN': '选好的照片 {n}', en: 'Chosen photo {n}' },
	'image.picker.shrinking': { 'zh-CN': '正在缩小照片…', en: 'Making photos smaller…' }
});
