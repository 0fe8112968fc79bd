import { isSkillCode, roughDistance } from '$lib/domain/timebank';
import { t } from '$lib/i18n/t';

/** A skill as people read it: the vocabulary's name, or an old free word as it was typed. */
export function skillName(word: string): string {
	return isSkillCode(word) ? t(`tb.skill.${word}`) : word;
}

/** "about 800 m" / "约 800 米", rounded as people say it. */
export function distanceText(metres: number): string {
	const rough = roughDistance(metres);
	return t(rough.unit === 'm' ? 'tb.distance.m' : 'tb.distance.km', { value: rough.value });
}
