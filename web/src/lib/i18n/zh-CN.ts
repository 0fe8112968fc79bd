/** Chinese (first language). Keys are grouped by page or feature; en.ts must have every key. */
export const zhCN = {
	'app.name': '邻里',
	'app.tagline': '社区时间银行与积分',
	'nav.home': '首页',
	'nav.skip': '跳到主要内容'
} as const;

export type MessageKey = keyof typeof zhCN;
