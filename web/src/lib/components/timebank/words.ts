import { isSkillCode } from '$lib/domain/timebank';
import { t } from '$lib/i18n/t';

/** A skill as people read it: the vocabulary's name, or an old free word as it was typed. */
export function skillName(word: string): string {
	return isSkillCode(word) ? t(`tb.skill.${word}`) : word;
}
