import type { MessageKey } from '$lib/i18n';

/**
 * Every refusal of the council services. Each maps to one plain message (council.error.<code>)
 * in web/src/lib/i18n/messages/council.ts.
 */
export type CouncilError =
	| 'not_found'
	| 'forbidden'
	| 'not_verified'
	| 'wrong_community'
	| 'verified_after_opening'
	| 'invalid_transition'
	| 'not_editable'
	| 'support_below_threshold'
	| 'already_supported'
	| 'already_reported'
	| 'already_rated'
	| 'invalid_merge'
	| 'invalid_vote'
	| 'invalid_window'
	| 'vote_not_open'
	| 'vote_closed'
	| 'already_voted'
	| 'invalid_choice'
	| 'unknown_option'
	| 'over_budget'
	| 'receipt_not_found'
	| 'invalid_receipt'
	| 'too_many_images';

export function councilErrorKey(code: CouncilError): MessageKey {
	return `council.error.${code}`;
}
