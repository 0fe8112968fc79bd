import type { Account, AccountKind, Asset, LedgerError, Resolution } from '$core/ledger';
import type { Result } from '$core/shared';

/** What every write carries: who, why, and the key that makes a retry safe. */
export interface WriteMeta {
	idempotencyKey: string;
	actorId: number;
	onBehalfOfId?: number | null;
	/** volunteer.hours, mutual_aid, sorting.reward, council.vote, redeem.hold, … */
	kind: string;
	/** What caused it, as opaque ids ('activity-slot:12/user:5'); never personal data. */
	reference: string;
}

export interface TransferRequest extends WriteMeta {
	debitAccountId: string;
	creditAccountId: string;
	asset: Asset;
	amount: number;
}

export interface HoldRequest extends TransferRequest {
	/** After this moment the hold can only be voided. Null: no expiry. */
	expiresAt: Date | null;
}

export interface CaptureRequest extends WriteMeta {
	holdId: string;
	/** Defaults to the full held amount; less returns the rest to the payer. */
	amount?: number;
}

export interface VoidRequest extends WriteMeta {
	holdId: string;
}

export interface ReverseRequest extends WriteMeta {
	transferId: string;
}

/** A recorded transfer as callers see it. `replayed` is true when an earlier request made it. */
export interface PostedTransfer {
	id: string;
	seq: number;
	idempotencyKey: string;
	debitAccountId: string;
	creditAccountId: string;
	asset: Asset;
	amount: number;
	kind: string;
	pending: boolean;
	pendingId: string | null;
	resolution: Resolution | null;
	expiresAt: Date | null;
	reversesId: string | null;
	reference: string;
	actorId: number;
	onBehalfOfId: number | null;
	createdAt: Date;
	replayed: boolean;
}

export type PostingResult = Result<PostedTransfer, LedgerError>;

export interface LedgerAccount extends Account {
	ownerType: string;
	ownerId: number;
	createdAt: Date;
}

export interface AccountBalance {
	id: string;
	asset: Asset;
	kind: AccountKind;
	floor: number | null;
	posted: number;
	available: number;
	debitsPosted: number;
	creditsPosted: number;
	debitsPending: number;
	creditsPending: number;
}

export interface AccountSpec {
	ownerType: string;
	ownerId: number;
	asset: Asset;
	kind: AccountKind;
	/** Omitted: the kind's default (0 for points, −600 minutes for residents' hours, none for issuance). */
	floor?: number | null;
}

export interface HistoryQuery {
	accountId: string;
	asset?: Asset;
	kind?: string;
	from?: Date;
	to?: Date;
	/** The `nextCursor` of the previous page; pages go from newest to oldest. */
	cursor?: number | null;
	limit: number;
}

export interface HistoryEntry extends Omit<PostedTransfer, 'replayed'> {
	/** Seen from the queried account: money in is positive. */
	direction: 'in' | 'out';
}

export interface HistoryPage {
	items: HistoryEntry[];
	nextCursor: number | null;
}
