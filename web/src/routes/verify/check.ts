import {
	parseReceipt,
	verifyReceipt,
	type PublicKeys,
	type Receipt,
	type ReceiptVerdict
} from '$core/journal';

/** What the /verify page shows after a check. */
export type Outcome =
	| {
			kind: 'verdict';
			receipt: Receipt;
			verdict: ReceiptVerdict;
			/** The server says the ledger no longer has this transfer, though the journal does. */
			missingFromLedger: boolean;
	  }
	| { kind: 'not_found' }
	| { kind: 'bad_input' }
	| { kind: 'network' };

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** True when the text is a pasted receipt rather than a number (or a scanned /verify link). */
export function isReceiptJson(text: string): boolean {
	return text.trim().startsWith('{');
}

/** The transfer id in a typed number or a scanned link (/verify?receipt=<id>), or null. */
export function transferIdIn(text: string): string | null {
	return UUID.exec(text.trim())?.[0]?.toLowerCase() ?? null;
}

async function fetchKeys(fetcher: typeof fetch): Promise<PublicKeys> {
	const response = await fetcher('/api/v1/ledger/keys');
	if (!response.ok) throw new Error(`keys: ${response.status}`);
	const body = (await response.json()) as { keys: { keyId: string; publicKey: string }[] };
	return Object.fromEntries(body.keys.map((k) => [k.keyId, k.publicKey]));
}

/**
 * Checks a receipt entirely in the browser: the server supplies the receipt and its published
 * keys, and every hash, the Merkle path and the signature are recomputed here.
 */
export async function checkInput(text: string, fetcher: typeof fetch): Promise<Outcome> {
	let receipt: Receipt | null;
	let missingFromLedger = false;
	try {
		if (isReceiptJson(text)) {
			receipt = parseReceipt(JSON.parse(text));
			if (!receipt) return { kind: 'bad_input' };
		} else {
			const id = transferIdIn(text);
			if (!id) return { kind: 'bad_input' };
			const response = await fetcher(`/api/v1/ledger/receipts/${id}`);
			if (response.status === 404) return { kind: 'not_found' };
			if (!response.ok) return { kind: 'network' };
			const body: unknown = await response.json();
			receipt = parseReceipt(body);
			if (!receipt) return { kind: 'bad_input' };
			missingFromLedger = (body as { inLedger?: unknown }).inLedger === false;
		}
	} catch (error) {
		return error instanceof SyntaxError ? { kind: 'bad_input' } : { kind: 'network' };
	}
	try {
		const verdict = await verifyReceipt(receipt, await fetchKeys(fetcher));
		return { kind: 'verdict', receipt, verdict, missingFromLedger };
	} catch {
		return { kind: 'network' };
	}
}
