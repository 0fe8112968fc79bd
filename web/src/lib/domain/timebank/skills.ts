/**
 * The skills vocabulary shared by activities ("skills needed") and residents ("what I can do"),
 * so the two can be matched. Each skill is a short code; its zh-CN and English names live in the
 * message catalogue (`tb.skill.<code>`). Activities published before the vocabulary kept free
 * words such as "聊天" or "手机"; the aliases below map those words onto the codes, so old
 * activities still match. Words nobody knows are kept as they are and shown as typed.
 */
export const SKILL_CODES = [
	'company',
	'phone_help',
	'escort',
	'shopping',
	'cleaning',
	'cooking',
	'repair',
	'driving',
	'health',
	'teaching',
	'haircut',
	'sewing',
	'arts',
	'lifting'
] as const;
export type SkillCode = (typeof SKILL_CODES)[number];

/** At most this many skills on one profile or one activity. */
export const MAX_SKILLS = 20;

/** Other words people wrote for each skill, lower-case: both languages and common variants. */
const ALIASES: Record<SkillCode, readonly string[]> = {
	company: ['聊天', '陪聊', '陪伴', '陪伴聊天', 'chatting', 'chat', 'keeping company'],
	phone_help: ['手机', '智能手机', '电脑', '教用手机', 'phone', 'smartphone', 'computer'],
	escort: ['陪诊', '陪同', '就医', '陪同就医', 'hospital', 'escort'],
	shopping: ['买菜', '跑腿', '代购', '代买', '代买代办', 'errands', 'shopping'],
	cleaning: ['打扫', '清洁', '卫生', '打扫卫生', 'cleaning'],
	cooking: ['做饭', '烹饪', '做菜', '厨艺', 'cooking'],
	repair: ['修理', '维修', '修车', '修自行车', '家电维修', 'repair', 'repairs', 'fixing'],
	driving: ['开车', '接送', '司机', '开车接送', 'driving', 'driver'],
	health: ['医护', '护理', '急救', '量血压', '医护保健', 'first aid', 'nursing', 'health'],
	teaching: ['教学', '辅导', '作业辅导', '辅导教学', 'teaching', 'tutoring'],
	haircut: ['理发', '剪发', 'haircut', 'haircuts'],
	sewing: ['缝补', '缝纫', '织补', 'sewing'],
	arts: ['文艺', '唱歌', '跳舞', '书法', '文艺表演', 'music', 'dance', 'arts'],
	lifting: ['搬运', '力气活', '搬东西', '搬运力气活', 'lifting', 'moving', 'carrying']
};

const CODE_OF = new Map<string, SkillCode>(
	SKILL_CODES.flatMap((code) => [
		[code, code] as const,
		...ALIASES[code].map((alias) => [alias, code] as const)
	])
);

export function isSkillCode(value: unknown): value is SkillCode {
	return typeof value === 'string' && (SKILL_CODES as readonly string[]).includes(value);
}

/** The vocabulary code a word stands for, or null for a word outside it. */
export function skillCodeOf(word: string): SkillCode | null {
	return CODE_OF.get(word.trim().toLowerCase()) ?? null;
}

/**
 * Skills as stored on an activity: vocabulary words become their code, other words stay as
 * typed (lower-case, trimmed); blanks and repeats are dropped, the first order is kept.
 */
export function normaliseSkills(words: readonly string[]): string[] {
	const out: string[] = [];
	for (const raw of words) {
		const word = raw.trim().toLowerCase();
		if (!word) continue;
		const stored = skillCodeOf(word) ?? word;
		if (!out.includes(stored)) out.push(stored);
	}
	return out.slice(0, MAX_SKILLS);
}

/** The resident's skills an activity asks for, in the activity's order (empty: no match). */
export function matchingSkills(needed: readonly string[], mine: readonly SkillCode[]): SkillCode[] {
	const out: SkillCode[] = [];
	for (const word of needed) {
		const code = skillCodeOf(word);
		if (code && mine.includes(code) && !out.includes(code)) out.push(code);
	}
	return out;
}

/**
 * Every stored word that means one of `codes`: the codes themselves and their aliases. A query
 * for "activities that need any of my skills" compares against this list, so activities that
 * still hold old free words are found too.
 */
export function wordsFor(codes: readonly SkillCode[]): string[] {
	return [...new Set(codes.flatMap((code) => [code, ...ALIASES[code]]))];
}
