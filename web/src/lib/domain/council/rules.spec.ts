import { describe, expect, it } from 'vitest';
import { checkEligibility, checkNewWindow, checkWindow, type Voter } from './eligibility';
import { transition, voteReady, type ProposalAction, type ProposalState } from './proposal-state';
import { normalizeReceiptCode, receiptHash, formatReceiptCode, RECEIPT_SYMBOLS } from './receipt';

const opensAt = new Date('2026-03-01T00:00:00Z');
const closesAt = new Date('2026-03-08T00:00:00Z');
const vote = { communityId: 4, opensAt, closesAt };

describe('transition', () => {
	it.each<[ProposalState, ProposalAction, ProposalState | 'invalid_transition']>([
		['draft', 'submit', 'submitted'],
		['submitted', 'accept', 'discussion'],
		['submitted', 'reject', 'rejected'],
		['discussion', 'merge', 'merged'],
		['discussion', 'open_vote', 'voting'],
		['voting', 'pass', 'passed'],
		['voting', 'fail', 'failed'],
		['passed', 'start_implementation', 'implementation'],
		['implementation', 'complete', 'evaluation'],
		['draft', 'accept', 'invalid_transition'],
		['rejected', 'accept', 'invalid_transition'],
		['voting', 'open_vote', 'invalid_transition'],
		['failed', 'start_implementation', 'invalid_transition'],
		['evaluation', 'submit', 'invalid_transition']
	])('%s --%s--> %s', (from, action, to) => {
		const result = transition(from, action);
		expect(result).toEqual(
			to === 'invalid_transition' ? { ok: false, error: to } : { ok: true, value: to }
		);
	});
});

describe('voteReady', () => {
	it.each([
		[
			{ state: 'discussion' as const, supportCount: 10, supportThreshold: 10, byDecision: false },
			true
		],
		[
			{ state: 'discussion' as const, supportCount: 9, supportThreshold: 10, byDecision: false },
			'support_below_threshold'
		],
		[
			{ state: 'discussion' as const, supportCount: 0, supportThreshold: 10, byDecision: true },
			true
		],
		[
			{ state: 'submitted' as const, supportCount: 99, supportThreshold: 1, byDecision: true },
			'invalid_transition'
		]
	])('%j → %s', (input, expected) => {
		const result = voteReady(input);
		expect(result.ok ? true : result.error).toBe(expected);
	});
});

describe('checkEligibility', () => {
	const verified: Voter = {
		status: 'verified',
		communityId: 4,
		statusChangedAt: new Date('2026-02-01T00:00:00Z')
	};
	it.each<[string, Voter, true | string]>([
		['a verified resident', verified, true],
		['verified exactly at opening', { ...verified, statusChangedAt: opensAt }, true],
		[
			'verified after opening',
			{ ...verified, statusChangedAt: new Date('2026-03-02T00:00:00Z') },
			'verified_after_opening'
		],
		['unverified', { ...verified, status: 'unverified' }, 'not_verified'],
		['disabled', { ...verified, status: 'disabled' }, 'not_verified'],
		['another community', { ...verified, communityId: 5 }, 'wrong_community'],
		['no community', { ...verified, communityId: null }, 'wrong_community']
	])('%s', (_name, voter, expected) => {
		const result = checkEligibility(voter, vote);
		expect(result.ok ? true : result.error).toBe(expected);
	});
});

describe('checkWindow', () => {
	it.each([
		['2026-02-28T23:59:59Z', 'vote_not_open'],
		['2026-03-01T00:00:00Z', true],
		['2026-03-07T23:59:59Z', true],
		['2026-03-08T00:00:00Z', 'vote_closed']
	])('at %s → %s', (at, expected) => {
		const result = checkWindow(vote, new Date(at));
		expect(result.ok ? true : result.error).toBe(expected);
	});

	it('should refuse an empty or past window', () => {
		expect(checkNewWindow(closesAt, opensAt, opensAt).ok).toBe(false);
		expect(checkNewWindow(opensAt, closesAt, new Date('2026-03-09T00:00:00Z')).ok).toBe(false);
		expect(checkNewWindow(opensAt, closesAt, opensAt).ok).toBe(true);
	});
});

describe('receipt codes', () => {
	const bytes = Uint8Array.from({ length: RECEIPT_SYMBOLS }, (_, i) => i * 7 + 3);

	it('should format 16 symbols in groups of four', () => {
		expect(formatReceiptCode(bytes)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
	});

	it.each([
		['ab12-cd34-ef56-gh78', 'AB12CD34EF56GH78'],
		[' o1il 2345 6789 abcd ', '0111234567 89ABCD'.replace(' ', '')],
		['too-short', null],
		['UUUU-UUUU-UUUU-UUUU', null]
	])('normalize %s → %s', (input, expected) => {
		expect(normalizeReceiptCode(input)).toBe(expected);
	});

	it('should hash the same code typed differently to the same value, per vote', () => {
		const code = formatReceiptCode(bytes);
		const typed = code.toLowerCase().replace(/-/g, ' ');
		expect(receiptHash(3, typed)).toBe(receiptHash(3, code));
		expect(receiptHash(3, code)).toMatch(/^[0-9a-f]{64}$/);
		expect(receiptHash(4, code)).not.toBe(receiptHash(3, code));
		expect(receiptHash(3, 'nonsense')).toBeNull();
	});
});
