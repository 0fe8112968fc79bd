/** Common surnames, roughly in order of frequency. */
export const SURNAMES =
	'王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 梁 郑 谢 宋 唐 许 邓 冯 韩 曹 曾'.split(
		' '
	);

/** Given names typical of people born before about 1960. */
export const OLDER_GIVEN =
	'秀英 桂英 玉兰 淑芬 凤珍 建国 国华 志明 德胜 桂芳 秀珍 永福 树森 金凤 丽华 红旗 振华 月娥 美玲 炳坤'.split(
		' '
	);

/** Given names typical of people born later. */
export const YOUNGER_GIVEN =
	'伟 芳 娜 敏 静 磊 洋 艳 勇 军 杰 婷 浩然 子涵 欣怡 宇轩 晓东 文博 思琪 嘉豪 雨桐 俊杰 佳怡 志强 丽娟 海燕 建平 明辉 晓燕 家乐'.split(
		' '
	);
