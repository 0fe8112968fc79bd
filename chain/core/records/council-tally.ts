import { err, ok, type Result } from '../shared';

/**
 * The result of a closed council vote as the ledger records it (record kind `council.tally`).
 * Snake case because this object is the wire format: the journal hashes its canonical JSON and
 * the chaincode stores it. Field names are part of the format: never rename.
 */
export interface CouncilTallyBody {
	vote_id: number;
	community_id: number;
	method: 'yes_no' | 'approval' | 'budget';
	/** ISO 8601 in UTC with milliseconds, as Date.prototype.toISOString writes it. */
	closed_at: string;
	eligible: number;
	turnout: number;
	quorum_percent: number;
	quorum_met: boolean;
	/** Yes/no votes only; null for the other methods. */
	answers: { yes: number; no: number; abstain: number } | null;
	/** One per proposal put to the vote, in ascending proposal id order. */
	options: { proposal_id: number; cost: number; votes: number; selected: boolean }[];
	/** The proposals that passed, in the order they were chosen. */
	winners: number[];
	/** Participatory budgeting only: what the winners cost together. */
	spent: number | null;
	/** SHA-256 of the published anonymised ballot list (hex). */
	ballot_list_sha256: string;
}

/**
 * Why a tally body is refused:
 * - tally_malformed: a field is missing, of the wrong type, or not a whole number;
 * - tally_counts_inconsistent: the counts contradict each other (answers that do not add up to
 *   the turnout, an option with more votes than ballots);
 * - tally_outcome_inconsistent: quorum, winners or spending do not follow from the counts.
 */
export type CouncilTallyError =
	'tally_malformed' | 'tally_counts_inconsistent' | 'tally_outcome_inconsistent';

const KEYS = [
	'answers',
	'ballot_list_sha256',
	'closed_at',
	'community_id',
	'eligible',
	'method',
	'options',
	'quorum_met',
	'quorum_percent',
	'spent',
	'turnout',
	'vote_id',
	'winners'
].join();
const OPTION_KEYS = ['cost', 'proposal_id', 'selected', 'votes'].join();
const ANSWER_KEYS = ['abstain', 'no', 'yes'].join();
const SHA256_HEX = /^[0-9a-f]{64}$/;
const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

type Fields = Record<string, unknown>;
const isFields = (v: unknown): v is Fields =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const keysOf = (v: Fields) => Object.keys(v).sort().join();
const isCount = (v: unknown): v is number =>
	typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isId = (v: unknown): v is number => isCount(v) && v > 0;

function isIsoMs(v: unknown): v is string {
	return typeof v === 'string' && ISO_MS.test(v) && new Date(v).toISOString() === v;
}

function isOption(v: unknown): v is CouncilTallyBody['options'][number] {
	return (
		isFields(v) &&
		keysOf(v) === OPTION_KEYS &&
		isId(v.proposal_id) &&
		isCount(v.cost) &&
		isCount(v.votes) &&
		typeof v.selected === 'boolean'
	);
}

function isAnswers(v: unknown): v is NonNullable<CouncilTallyBody['answers']> {
	return (
		isFields(v) &&
		keysOf(v) === ANSWER_KEYS &&
		isCount(v.yes) &&
		isCount(v.no) &&
		isCount(v.abstain)
	);
}

function hasShape(v: Fields): boolean {
	return (
		keysOf(v) === KEYS &&
		isId(v.vote_id) &&
		isId(v.community_id) &&
		(v.method === 'yes_no' || v.method === 'approval' || v.method === 'budget') &&
		isIsoMs(v.closed_at) &&
		isCount(v.eligible) &&
		isCount(v.turnout) &&
		isCount(v.quorum_percent) &&
		v.quorum_percent <= 100 &&
		typeof v.quorum_met === 'boolean' &&
		(v.answers === null || isAnswers(v.answers)) &&
		Array.isArray(v.options) &&
		v.options.length > 0 &&
		v.options.every(isOption) &&
		Array.isArray(v.winners) &&
		v.winners.every(isId) &&
		(v.spent === null || isCount(v.spent)) &&
		typeof v.ballot_list_sha256 === 'string' &&
		SHA256_HEX.test(v.ballot_list_sha256)
	);
}

function countsAgree(t: CouncilTallyBody): boolean {
	const ids = t.options.map((o) => o.proposal_id);
	const ascending = ids.every((id, i) => i === 0 || id > (ids[i - 1] ?? 0));
	if (!ascending || t.options.some((o) => o.votes > t.turnout)) return false;
	if (t.method !== 'yes_no') return t.answers === null;
	const a = t.answers;
	const only = t.options[0];
	return (
		a !== null &&
		t.options.length === 1 &&
		a.yes + a.no + a.abstain === t.turnout &&
		only !== undefined &&
		only.votes === a.yes
	);
}

function outcomeAgrees(t: CouncilTallyBody): boolean {
	if (t.quorum_met !== t.turnout * 100 >= t.quorum_percent * t.eligible) return false;
	const selected = t.options.filter((o) => o.selected);
	const winners = new Set(t.winners);
	const sameSet =
		winners.size === t.winners.length &&
		selected.length === winners.size &&
		selected.every((o) => winners.has(o.proposal_id));
	if (!sameSet || (!t.quorum_met && winners.size > 0)) return false;
	if (selected.some((o) => o.votes === 0)) return false;
	// A yes/no vote passes on more yes than no; a tie fails (web/src/lib/domain/council/tally.ts).
	const a = t.answers;
	if (a && (selected.length === 1) !== (t.quorum_met && a.yes > a.no)) return false;
	const cost = selected.reduce((sum, o) => sum + o.cost, 0);
	return t.method === 'budget' ? t.spent === cost : t.spent === null;
}

/**
 * Checks a tally body before it is recorded: its exact shape, then that its numbers are
 * coherent. It cannot know the ballots; the recount against the published list is ledger:verify's
 * job. Pure, so the web app and the chaincode run the same check.
 *
 * Errors: tally_malformed | tally_counts_inconsistent | tally_outcome_inconsistent.
 */
export function checkCouncilTally(value: unknown): Result<CouncilTallyBody, CouncilTallyError> {
	if (!isFields(value) || !hasShape(value)) return err('tally_malformed');
	const tally = value as unknown as CouncilTallyBody;
	if (!countsAgree(tally)) return err('tally_counts_inconsistent');
	if (!outcomeAgrees(tally)) return err('tally_outcome_inconsistent');
	return ok(tally);
}
