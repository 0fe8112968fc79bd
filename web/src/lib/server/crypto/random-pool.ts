import { randomFillSync } from 'node:crypto';

const POOL_BYTES = 4096;
const pool = Buffer.allocUnsafe(POOL_BYTES);
let used = POOL_BYTES;

/**
 * `n` bytes from the operating system's CSPRNG, like `randomBytes(n)`, taken from a pool filled
 * 4 KiB at a time, as Node's own `randomUUID()` does: ids and voucher codes are made thousands of
 * times a second, and a call into the CSPRNG per id cost 2.5% of the app's CPU. Each byte is
 * handed out once; the caller gets its own copy.
 */
export function poolRandomBytes(n: number): Buffer {
	if (n > POOL_BYTES) return randomFillSync(Buffer.allocUnsafe(n));
	if (used + n > POOL_BYTES) {
		randomFillSync(pool);
		used = 0;
	}
	const bytes = Buffer.allocUnsafe(n);
	pool.copy(bytes, 0, used, used + n);
	used += n;
	return bytes;
}
