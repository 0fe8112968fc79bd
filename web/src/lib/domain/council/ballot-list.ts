import { canonicalJson, type CanonicalValue } from '$core/journal/canonical';
import { toHex, utf8 } from '$core/journal/bytes';
import { sha256 as defaultSha256, type Sha256 } from '$core/journal/hash';
import type { Choice } from './ballot';

/** One line of the published, anonymised list: nothing about who cast it. */
export interface PublishedBallot {
	receiptHash: string;
	choice: Choice;
}

function choiceValue(choice: Choice): CanonicalValue {
	return 'answer' in choice ? { answer: choice.answer } : { approve: [...choice.approve] };
}

/** The list in its canonical order (by receipt hash, which is random): never cast order. */
export function sortBallots(ballots: readonly PublishedBallot[]): PublishedBallot[] {
	return [...ballots].sort((a, b) =>
		a.receiptHash < b.receiptHash ? -1 : a.receiptHash > b.receiptHash ? 1 : 0
	);
}

/** The exact text that is hashed: canonical JSON of the sorted list. */
export function encodeBallotList(ballots: readonly PublishedBallot[]): string {
	return canonicalJson(
		sortBallots(ballots).map((b) => ({
			receipt_hash: b.receiptHash,
			choice: choiceValue(b.choice)
		}))
	);
}

export function ballotListHash(
	ballots: readonly PublishedBallot[],
	hash: Sha256 = defaultSha256
): string {
	return toHex(hash(utf8(encodeBallotList(ballots))));
}
