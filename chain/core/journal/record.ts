import { checkRecordBody, isRecordKind, type RecordBody, type RecordKind } from '../records';
import { canonicalJson, parsePayload, type CanonicalValue, type JournalPayload } from './canonical';

/**
 * Journal payload versions. A version is frozen once entries carry it, because every entry hash
 * covers the exact bytes:
 * - v1 is a transfer (canonical.ts, encodeTransfer). Entries written before records existed are
 *   v1 and stay byte for byte what they were; transfers are still written as v1.
 * - v2 is a typed record: {"body":…,"created_at":…,"id":…,"kind":…,"type":"record","v":2}.
 * A reader tells them apart by "v"; a v1 payload always starts with {"amount": and a v2 payload
 * with {"body":, because keys are sorted.
 */
export const RECORD_PAYLOAD_VERSION = 2;

/** A record as the journal takes it: an opaque id, its kind, its checked body and its time. */
export interface JournalRecord {
	id: string;
	kind: RecordKind;
	body: RecordBody;
	createdAt: Date;
}

/** The journal's record payload, version 2. Field names are part of the format: never rename. */
export interface RecordPayload {
	v: 2;
	type: 'record';
	id: string;
	kind: RecordKind;
	body: RecordBody;
	created_at: string;
}

/** A parsed journal payload of either version. */
export type EntryPayload =
	{ type: 'transfer'; payload: JournalPayload } | { type: 'record'; payload: RecordPayload };

/**
 * The canonical text of a record entry (the exact bytes that get hashed). Throws on a body that
 * holds a float: the body was checked with checkRecordBody before it was stored, so that is a bug.
 */
export function encodeRecord(r: JournalRecord): string {
	return canonicalJson({
		v: RECORD_PAYLOAD_VERSION,
		type: 'record',
		id: r.id,
		kind: r.kind,
		body: r.body as unknown as CanonicalValue,
		created_at: r.createdAt.toISOString()
	});
}

const RECORD_FIELDS = ['body', 'created_at', 'id', 'kind', 'type', 'v'].join();

/**
 * Reads a record payload back and checks it: canonical (re-encoding gives the same text, so two
 * spellings of one record can never both verify), a known kind, and a body that passes the
 * kind's own check. Null otherwise.
 */
export function parseRecordPayload(text: string): RecordPayload | null {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return null;
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
	const r = raw as Record<string, unknown>;
	if (Object.keys(r).sort().join() !== RECORD_FIELDS) return null;
	const shapeOk =
		r.v === RECORD_PAYLOAD_VERSION &&
		r.type === 'record' &&
		typeof r.id === 'string' &&
		typeof r.created_at === 'string' &&
		isRecordKind(r.kind);
	if (!shapeOk || !checkRecordBody(r.kind, r.body).ok) return null;
	const payload = r as unknown as RecordPayload;
	try {
		const again = encodeRecord({
			id: payload.id,
			kind: payload.kind,
			body: payload.body,
			createdAt: new Date(payload.created_at)
		});
		return again === text ? payload : null;
	} catch {
		return null;
	}
}

/** Reads any journal payload: a v1 transfer or a v2 record; null when it is neither. */
export function parseEntryPayload(text: string): EntryPayload | null {
	if (text.startsWith('{"amount":')) {
		const payload = parsePayload(text);
		return payload ? { type: 'transfer', payload } : null;
	}
	const payload = parseRecordPayload(text);
	return payload ? { type: 'record', payload } : null;
}
