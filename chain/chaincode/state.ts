import stringify from 'json-stringify-deterministic';
import type { Context } from 'fabric-contract-api';
import type { Account } from '../core/ledger/accounts';
import type { Resolution } from '../core/ledger/transfers';
import type { LedgerTransfer } from './record';

type Stub = Context['stub'];

/** An account on the ledger: the core's totals plus how many transfers it has taken part in. */
export interface StoredAccount extends Account {
	entries: number;
}

/** A hold's capture or void, stored under the hold's id so a second one is refused. */
export interface StoredResolution {
	resolution: Resolution;
	transferId: string;
}

export const KEYS = {
	account: 'account',
	transfer: 'transfer',
	resolution: 'resolution',
	reversal: 'reversal',
	/** One key per (account, position): an account's history in order, without a hot key. */
	entry: 'entry',
	/** Typed records (a council tally) by record id. */
	record: 'record',
	/** The record holding a vote's tally, by (kind, vote id): one result per vote. */
	tally: 'tally'
} as const;

export type KeyType = (typeof KEYS)[keyof typeof KEYS];

/** History positions are zero-padded so the key order is the numeric order. */
export function entryPosition(n: number): string {
	return String(n).padStart(12, '0');
}

/**
 * Canonical bytes: keys sorted at every level, no whitespace. Every endorsing peer must write
 * byte-identical values or the endorsements differ and the transaction fails.
 */
export function encode(value: unknown): Uint8Array {
	return Buffer.from(stringify(value), 'utf8');
}

function decode<T>(bytes: Uint8Array | undefined): T | undefined {
	if (!bytes || bytes.length === 0) return undefined;
	return JSON.parse(Buffer.from(bytes).toString('utf8')) as T;
}

/**
 * Typed access to world state. Reads go straight to the peer; writes are staged by the caller
 * and made with `put`, because Fabric does not let a transaction read its own writes.
 */
export class WorldState {
	constructor(private readonly stub: Stub) {}

	key(type: KeyType, parts: string[]): string {
		return this.stub.createCompositeKey(type, parts);
	}

	async get<T>(type: KeyType, parts: string[]): Promise<T | undefined> {
		return decode<T>(await this.stub.getState(this.key(type, parts)));
	}

	account(id: string): Promise<StoredAccount | undefined> {
		return this.get<StoredAccount>(KEYS.account, [id]);
	}

	transfer(id: string): Promise<LedgerTransfer | undefined> {
		return this.get<LedgerTransfer>(KEYS.transfer, [id]);
	}

	resolution(holdId: string): Promise<StoredResolution | undefined> {
		return this.get<StoredResolution>(KEYS.resolution, [holdId]);
	}

	reversal(transferId: string): Promise<string | undefined> {
		return this.get<string>(KEYS.reversal, [transferId]);
	}

	async put(type: KeyType, parts: string[], value: unknown): Promise<void> {
		await this.stub.putState(this.key(type, parts), encode(value));
	}

	/** The values under a key prefix, in key order. */
	async all<T>(type: KeyType, parts: string[]): Promise<T[]> {
		const out: T[] = [];
		for await (const kv of this.stub.getStateByPartialCompositeKey(type, parts)) {
			const value = decode<T>(kv.value);
			if (value !== undefined) out.push(value);
		}
		return out;
	}

	/** One page of values of a type, with the bookmark for the next page ('' at the end). */
	async page<T>(
		type: KeyType,
		pageSize: number,
		bookmark: string
	): Promise<{ items: T[]; bookmark: string }> {
		const page = await this.stub.getStateByPartialCompositeKeyWithPagination(
			type,
			[],
			pageSize,
			bookmark
		);
		const items: T[] = [];
		try {
			for (let r = await page.iterator.next(); !r.done; r = await page.iterator.next()) {
				const value = decode<T>(r.value.value);
				if (value !== undefined) items.push(value);
			}
		} finally {
			await page.iterator.close();
		}
		const next = items.length < pageSize ? '' : page.metadata.bookmark;
		return { items, bookmark: next };
	}
}
