import { describe, expect, it } from 'vitest';
import {
	MAX_SKILLS,
	SKILL_CODES,
	isSkillCode,
	matchingSkills,
	normaliseSkills,
	skillCodeOf,
	wordsFor
} from './skills';

describe('skillCodeOf', () => {
	it.each([
		['company', 'company'],
		['聊天', 'company'],
		[' 手机 ', 'phone_help'],
		['Smartphone', 'phone_help'],
		['修自行车', 'repair'],
		['walking', null],
		['', null]
	])('%j means %s', (word, code) => {
		expect(skillCodeOf(word)).toBe(code);
	});

	it('gives every alias exactly one code', () => {
		const words = SKILL_CODES.flatMap((c) => wordsFor([c]));
		expect(new Set(words).size).toBe(words.length);
	});
});

describe('normaliseSkills', () => {
	it('stores vocabulary words as codes and keeps other words as typed, once each', () => {
		expect(normaliseSkills(['聊天', 'company', ' Walking ', '', '手机', 'walking'])).toEqual([
			'company',
			'walking',
			'phone_help'
		]);
	});

	it('keeps at most the limit', () => {
		const many = Array.from({ length: MAX_SKILLS + 5 }, (_, i) => `word${i}`);
		expect(normaliseSkills(many)).toHaveLength(MAX_SKILLS);
	});
});

describe('matchingSkills', () => {
	it.each([
		['a code', ['company'], ['company', 'cooking'], ['company']],
		['an old free word', ['聊天', '手机'], ['phone_help'], ['phone_help']],
		['each skill once', ['聊天', 'company'], ['company'], ['company']],
		['nothing in common', ['cooking'], ['company'], []],
		['an activity that needs no skill', [], ['company'], []],
		['a resident without skills', ['company'], [], []],
		['an unknown word', ['walking'], ['company'], []]
	] as const)('%s', (_n, needed, mine, expected) => {
		expect(matchingSkills(needed, mine)).toEqual(expected);
	});
});

describe('wordsFor', () => {
	it('lists the codes and their old words, for the query', () => {
		const words = wordsFor(['company']);
		expect(words).toContain('company');
		expect(words).toContain('聊天');
		expect(words).not.toContain('手机');
	});
});

describe('isSkillCode', () => {
	it.each([
		['cooking', true],
		['做饭', false],
		[3, false]
	])('%s: %s', (value, expected) => {
		expect(isSkillCode(value)).toBe(expected);
	});
});
