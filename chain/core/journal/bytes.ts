/** Byte helpers shared by the journal modules; plain Uint8Array so they run anywhere. */

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
	return encoder.encode(text);
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let offset = 0;
	for (const p of parts) {
		out.set(p, offset);
		offset += p.length;
	}
	return out;
}

const HEX_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array): string {
	let out = '';
	for (const b of bytes) out += HEX_BYTE[b];
	return out;
}

const HEX = /^(?:[0-9a-f]{2})*$/;

/** The value of each lower-case hex digit by character code; -1 for every other character. */
const NIBBLE = (() => {
	const table = new Int8Array(128).fill(-1);
	for (let d = 0; d < 16; d++) table[d.toString(16).charCodeAt(0)] = d;
	return table;
})();

/**
 * Lower-case hex only, so one value has exactly one spelling. Returns null when malformed.
 * A table look-up per digit: the journal drainer decodes several hashes per entry, and the regex
 * and parseInt it used before were a tenth of its time.
 */
export function fromHex(hex: string): Uint8Array | null {
	if (hex.length % 2 !== 0) return null;
	const out = new Uint8Array(hex.length / 2);
	for (let i = 0; i < out.length; i++) {
		// Characters past the table read as undefined, and `undefined < 0` is false: hence ?? -1.
		const high = NIBBLE[hex.charCodeAt(2 * i)] ?? -1;
		const low = NIBBLE[hex.charCodeAt(2 * i + 1)] ?? -1;
		if (high < 0 || low < 0) return null;
		out[i] = (high << 4) | low;
	}
	return out;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	let diff = 0;
	for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
	return diff === 0;
}

export function isHash(hex: unknown): hex is string {
	return typeof hex === 'string' && hex.length === 64 && HEX.test(hex);
}
