import { toHex, utf8 } from './bytes';
import { sha256 as defaultSha256, type Sha256 } from './hash';

/** A value the canonical encoding accepts: no floats, no undefined, no dates (pass ISO text). */
export type CanonicalValue =
	| string
	| number
	| bigint
	| boolean
	| null
	| readonly CanonicalValue[]
	| { readonly [key: string]: CanonicalValue };

/**
 * Deterministic JSON: object keys in code-point order, no whitespace, integers only. The same
 * value always gives the same bytes, in every runtime, which is what makes the hashes portable.
 * Throws on floats and non-finite numbers: they are a programming error, never user input.
 */
export function canonicalJson(value: CanonicalValue): string {
	if (value === null || typeof value === 'boolean' || typeof value === 'string') {
		return JSON.stringify(value);
	}
	if (typeof value === 'bigint') return value.toString();
	if (typeof value === 'number') {
		if (!Number.isSafeInteger(value)) throw new Error(`canonicalJson: ${value} is not an integer`);
		return String(value);
	}
	if (Array.isArray(value)) {
		return `[${value.map((v: CanonicalValue) => canonicalJson(v)).join(',')}]`;
	}
	const record = value as { readonly [key: string]: CanonicalValue };
	const keys = Object.keys(record).sort();
	return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k] ?? null)}`).join(',')}}`;
}

export type Asset = 'HOUR' | 'POINT';

/** The facts of a transfer the journal records. Only opaque ids: no names, no reference text. */
export interface JournalTransfer {
	id: string;
	debitAccountId: string;
	creditAccountId: string;
	asset: Asset;
	amount: bigint | number;
	kind: string;
	/** Free text naming the cause; only its SHA-256 enters the journal, never the text. */
	reference: string | null;
	pending: boolean;
	pendingId: string | null;
	resolution: string | null;
	reversesId: string | null;
	createdAt: Date;
}

/** The journal's payload format, version 1. Field names are part of the format: never rename. */
export interface JournalPayload {
	v: 1;
	id: string;
	debit: string;
	credit: string;
	asset: Asset;
	amount: string;
	kind: string;
	reference_sha256: string | null;
	pending: boolean;
	pending_id: string | null;
	resolution: string | null;
	reverses_id: string | null;
	created_at: string;
}

const str = (v: string | null) => (v === null ? 'null' : JSON.stringify(v));

/**
 * Encodes a transfer as its canonical payload text (the exact bytes that get hashed). Written
 * out field by field in sorted key order rather than through canonicalJson, because the drainer
 * runs it 10,000 times a second; the specs check both give the same text.
 */
export function encodeTransfer(t: JournalTransfer, hash: Sha256 = defaultSha256): string {
	if (typeof t.amount === 'number' && !Number.isSafeInteger(t.amount)) {
		throw new Error(`encodeTransfer: amount ${t.amount} is not an integer`);
	}
	const reference = t.reference === null ? null : toHex(hash(utf8(t.reference)));
	return (
		`{"amount":${BigInt(t.amount).toString()},"asset":${str(t.asset)}` +
		`,"created_at":${str(t.createdAt.toISOString())},"credit":${str(t.creditAccountId)}` +
		`,"debit":${str(t.debitAccountId)},"id":${str(t.id)},"kind":${str(t.kind)}` +
		`,"pending":${t.pending ? 'true' : 'false'},"pending_id":${str(t.pendingId)}` +
		`,"reference_sha256":${str(reference)},"resolution":${str(t.resolution)}` +
		`,"reverses_id":${str(t.reversesId)},"v":1}`
	);
}

/** The same encoding through the generic canonicalJson: the reference for the fast path. */
export function encodeTransferGeneric(t: JournalTransfer, hash: Sha256 = defaultSha256): string {
	return canonicalJson({
		v: 1,
		id: t.id,
		debit: t.debitAccountId,
		credit: t.creditAccountId,
		asset: t.asset,
		amount: BigInt(t.amount),
		kind: t.kind,
		reference_sha256: t.reference === null ? null : toHex(hash(utf8(t.reference))),
		pending: t.pending,
		pending_id: t.pendingId,
		resolution: t.resolution,
		reverses_id: t.reversesId,
		created_at: t.createdAt.toISOString()
	});
}

const FIELDS = [
	'amount',
	'asset',
	'created_at',
	'credit',
	'debit',
	'id',
	'kind',
	'pending',
	'pending_id',
	'reference_sha256',
	'resolution',
	'reverses_id',
	'v'
] as const;

/**
 * Reads a payload back for display and checks it is canonical: re-encoding must give the same
 * text, so two spellings of one transfer can never both verify. Amounts come back as decimal
 * text because they may exceed what a JS number holds exactly ("amount" is always the first key).
 */
export function parsePayload(text: string): JournalPayload | null {
	let raw: unknown;
	try {
		raw = JSON.parse(text.replace(/^\{"amount":(-?\d+)/, '{"amount":"$1"'));
	} catch {
		return null;
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
	const r = raw as Record<string, unknown>;
	if (Object.keys(r).sort().join() !== FIELDS.join()) return null;
	const str = (k: string) => typeof r[k] === 'string';
	const strOrNull = (k: string) => r[k] === null || typeof r[k] === 'string';
	const shapeOk =
		r.v === 1 &&
		['id', 'debit', 'credit', 'kind', 'created_at', 'amount'].every(str) &&
		(r.asset === 'HOUR' || r.asset === 'POINT') &&
		typeof r.pending === 'boolean' &&
		['reference_sha256', 'pending_id', 'resolution', 'reverses_id'].every(strOrNull) &&
		/^-?\d+$/.test(String(r.amount));
	if (!shapeOk) return null;
	const payload = r as unknown as JournalPayload;
	const again = canonicalJson({ ...payload, amount: BigInt(payload.amount) });
	return again === text ? payload : null;
}
