import { isAccountKind, isAsset, type AccountKind, type Asset } from '../core/ledger/accounts';
import type { Resolution } from '../core/ledger/transfers';
import { err, isPositiveSafeInteger, ok, type Result } from '../core/shared';
import type { Rejection } from './errors';

/** An account as the ledger needs it: an opaque id, its asset, kind and floor. No owner. */
export interface BatchAccount {
	id: string;
	asset: Asset;
	kind: AccountKind;
	floor: number | null;
}

/**
 * One transfer as the platform's database recorded it. Only opaque ids, amounts, the kind and
 * times: the free-text reference stays off the ledger and only its SHA-256 is kept.
 */
export interface TransferRecord {
	id: string;
	kind: string;
	asset: Asset;
	amount: number;
	debitAccountId: string;
	creditAccountId: string;
	pending: boolean;
	pendingId: string | null;
	resolution: Resolution | null;
	expiresAt: number | null;
	reversesId: string | null;
	referenceSha256: string | null;
	/** When the database decided it (ms): the time the rules are checked at. */
	createdAt: number;
}

/** What RecordTransfers takes: the accounts the transfers touch and the transfers, in order. */
export interface Batch {
	batchId: string;
	accounts: BatchAccount[];
	transfers: TransferRecord[];
}

/** Bounds a batch so one transaction stays well inside the peer's message and time limits. */
export const MAX_BATCH_TRANSFERS = 500;
const MAX_BATCH_ACCOUNTS = 2 * MAX_BATCH_TRANSFERS;

/** Ids become composite-key parts, so they must not contain the key delimiter (U+0000). */
const ID = /^[A-Za-z0-9._:-]{1,128}$/;
const KIND = /^[a-z][a-z0-9_.]{0,63}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

type Fields = Record<string, unknown>;

const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
const isIdOrNull = (v: unknown) => v === null || isId(v);
const isTime = (v: unknown): v is number =>
	typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isRecord = (v: unknown): v is Fields =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function isBatchAccount(v: unknown): v is BatchAccount {
	if (!isRecord(v)) return false;
	const floorOk =
		v.floor === null || (typeof v.floor === 'number' && Number.isSafeInteger(v.floor));
	return isId(v.id) && isAsset(v.asset) && isAccountKind(v.kind) && floorOk;
}

/** Shape only: whether the amounts and links are coherent is for the core rules to decide. */
function isTransferRecord(v: unknown): v is TransferRecord {
	if (!isRecord(v)) return false;
	const linksOk =
		isIdOrNull(v.pendingId) &&
		isIdOrNull(v.reversesId) &&
		(v.resolution === null || v.resolution === 'capture' || v.resolution === 'void') &&
		(v.pendingId === null) === (v.resolution === null);
	return (
		isId(v.id) &&
		typeof v.kind === 'string' &&
		KIND.test(v.kind) &&
		isAsset(v.asset) &&
		isPositiveSafeInteger(v.amount) &&
		isId(v.debitAccountId) &&
		isId(v.creditAccountId) &&
		typeof v.pending === 'boolean' &&
		linksOk &&
		(v.expiresAt === null || isTime(v.expiresAt)) &&
		(v.referenceSha256 === null ||
			(typeof v.referenceSha256 === 'string' && SHA256_HEX.test(v.referenceSha256))) &&
		isTime(v.createdAt)
	);
}

const malformed = (index: number | null = null): Rejection => ({
	code: 'malformed_batch',
	index,
	transferId: null
});

/**
 * Reads RecordTransfers' argument. Any malformed part refuses the whole batch: the caller built
 * it from its own database, so a bad field is a bug to look at, not something to skip.
 *
 * Errors: 'malformed_batch' (with the index of the first bad transfer when there is one).
 */
export function parseBatch(text: string): Result<Batch, Rejection> {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return err(malformed());
	}
	if (!isRecord(raw) || !isId(raw.batchId)) return err(malformed());
	const { accounts, transfers } = raw;
	if (!Array.isArray(accounts) || !Array.isArray(transfers)) return err(malformed());
	if (transfers.length === 0 || transfers.length > MAX_BATCH_TRANSFERS) return err(malformed());
	if (accounts.length > MAX_BATCH_ACCOUNTS || !accounts.every(isBatchAccount)) {
		return err(malformed());
	}
	const bad = transfers.findIndex((t) => !isTransferRecord(t));
	if (bad >= 0) return err(malformed(bad));
	return ok({
		batchId: raw.batchId,
		accounts: accounts as BatchAccount[],
		transfers: transfers as TransferRecord[]
	});
}
