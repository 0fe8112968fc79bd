import { json } from '@sveltejs/kit';
import { councilDeps, readTallyRecord, verifyTallyRecord } from '$lib/server/council';
import type { RequestHandler } from './$types';

/**
 * The signed tally record of a closed vote with the server's own verification of it. The
 * payload, hash and signature can be checked independently against /api/v1/ledger/keys.
 */
export const GET: RequestHandler = async ({ params }) => {
	const { sql } = councilDeps();
	const voteId = Number(params.voteId);
	if (!Number.isSafeInteger(voteId) || voteId <= 0) {
		return json({ error: 'record_not_found' }, { status: 404 });
	}
	const record = await readTallyRecord(sql, voteId);
	if (!record) return json({ error: 'record_not_found' }, { status: 404 });
	const verification = await verifyTallyRecord(sql, voteId);
	return json({
		...record,
		algorithm: 'Ed25519',
		hash: 'SHA-256',
		verification: verification && { valid: verification.valid, checks: verification.checks }
	});
};
