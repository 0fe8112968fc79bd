import { fromHex, toHex, utf8 } from './bytes';
import { encodeHeader, type BlockHeader } from './block';
import { sha256 } from './hash';

/**
 * Ed25519 through Web Crypto, which browsers, Node 20+ and the chaincode runtime all provide.
 * Keys travel as raw 32-byte public keys in hex; a key id is the first 16 hex digits of the
 * SHA-256 of that raw key, so a receipt names its key without carrying it.
 */
export function keyIdOf(publicKeyHex: string): string {
	const raw = fromHex(publicKeyHex);
	if (!raw || raw.length !== 32) throw new Error('keyIdOf: an Ed25519 public key has 32 bytes');
	return toHex(sha256(raw)).slice(0, 16);
}

/** Copies into a fresh ArrayBuffer: Web Crypto's typings reject views over shared buffers. */
function buffer(bytes: Uint8Array): ArrayBuffer {
	return bytes.slice().buffer;
}

export type SignatureCheck = 'valid' | 'invalid' | 'unsupported';

/**
 * Checks `signatureHex` is an Ed25519 signature of the header by the given key. 'unsupported'
 * means this runtime's Web Crypto lacks Ed25519 (older browsers): nothing was checked, which
 * the caller must say rather than report a forgery.
 */
export async function verifyHeaderSignature(
	header: BlockHeader,
	signatureHex: string,
	publicKeyHex: string,
	subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle
): Promise<SignatureCheck> {
	const raw = fromHex(publicKeyHex);
	const signature = fromHex(signatureHex);
	if (!raw || raw.length !== 32 || !signature || signature.length !== 64) return 'invalid';
	if (!subtle) return 'unsupported';
	let key: CryptoKey;
	try {
		key = await subtle.importKey('raw', buffer(raw), { name: 'Ed25519' }, false, ['verify']);
	} catch {
		return 'unsupported';
	}
	const message = buffer(utf8(encodeHeader(header)));
	return (await subtle.verify('Ed25519', key, buffer(signature), message)) ? 'valid' : 'invalid';
}
