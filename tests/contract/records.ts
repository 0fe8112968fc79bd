import type { BatchAccount, TransferRecord } from '../../chain/chaincode/batch';
import type { AccountKind, Asset } from '../../chain/core/ledger/accounts';

export const PLATFORM = 'CommitteeMSP';
export const PARTNER = 'PartnersMSP';
export const AUDITOR = 'AuditorsMSP';
export const STRANGER = 'StrangerMSP';

/** Transfers are stamped a minute before the fake peer's clock unless a test says otherwise. */
export const CREATED_AT = Date.UTC(2026, 0, 5, 8, 59, 0);

export const account = (
	id: string,
	asset: Asset,
	kind: AccountKind,
	floor: number | null
): BatchAccount => ({ id, asset, kind, floor });

/** A community with a points pool and hours, two residents and a partner. */
export const ACCOUNTS: BatchAccount[] = [
	account('pool-p', 'POINT', 'community_issuance', null),
	account('alice-p', 'POINT', 'resident', 0),
	account('bob-p', 'POINT', 'resident', 0),
	account('partner-p', 'POINT', 'partner_receivable', 0),
	account('issue-h', 'HOUR', 'community_issuance', null),
	account('carol-h', 'HOUR', 'resident', -600),
	account('dan-h', 'HOUR', 'resident', -600)
];

const assetOf = (accountId: string): Asset => (accountId.endsWith('-h') ? 'HOUR' : 'POINT');

export function transfer(
	id: string,
	debitAccountId: string,
	creditAccountId: string,
	amount: number,
	over: Partial<TransferRecord> = {}
): TransferRecord {
	return {
		id,
		kind: 'volunteer.hours',
		asset: assetOf(debitAccountId),
		amount,
		debitAccountId,
		creditAccountId,
		pending: false,
		pendingId: null,
		resolution: null,
		expiresAt: null,
		reversesId: null,
		referenceSha256: 'ab'.repeat(32),
		createdAt: CREATED_AT,
		...over
	};
}

export const hold = (
	id: string,
	debit: string,
	credit: string,
	amount: number,
	expiresAt: number | null = null
) => transfer(id, debit, credit, amount, { kind: 'redeem.hold', pending: true, expiresAt });

/** Capture or void of a hold: same accounts as the hold, naming it. */
export const resolve = (
	id: string,
	of: TransferRecord,
	resolution: 'capture' | 'void',
	amount = of.amount,
	over: Partial<TransferRecord> = {}
) =>
	transfer(id, of.debitAccountId, of.creditAccountId, amount, {
		kind: `redeem.${resolution}`,
		pendingId: of.id,
		resolution,
		...over
	});

export const reverse = (id: string, of: TransferRecord) =>
	transfer(id, of.creditAccountId, of.debitAccountId, of.amount, {
		kind: 'adjustment',
		reversesId: of.id
	});

export function batch(
	transfers: TransferRecord[],
	accounts: BatchAccount[] = ACCOUNTS,
	batchId = 'batch-1'
): string {
	return JSON.stringify({ batchId, accounts, transfers });
}
