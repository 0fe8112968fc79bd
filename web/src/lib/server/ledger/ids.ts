import { poolRandomBytes } from '../crypto/random-pool';

let lastMs = 0;
let counter = 0;

/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter that keeps ids from one
 * process increasing within a millisecond, then random bits. Time-ordered ids keep the primary-key
 * index append-mostly, which matters at thousands of transfers per second.
 */
export function uuidv7(nowMs: number = Date.now()): string {
	if (nowMs > lastMs) {
		lastMs = nowMs;
		counter = 0;
	} else if (++counter > 0xfff) {
		lastMs += 1;
		counter = 0;
	}
	const bytes = poolRandomBytes(16);
	let ms = lastMs;
	for (let i = 5; i >= 0; i--) {
		bytes[i] = ms % 256;
		ms = Math.floor(ms / 256);
	}
	bytes[6] = 0x70 | (counter >> 8);
	bytes[7] = counter & 0xff;
	bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
	const hex = bytes.toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from callers are checked before they reach a `::uuid` cast, which would fail the batch. */
export function isUuid(value: unknown): value is string {
	return typeof value === 'string' && UUID.test(value);
}
