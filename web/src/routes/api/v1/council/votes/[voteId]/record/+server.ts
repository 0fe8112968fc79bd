import { json } from '@sveltejs/kit';
import { councilDeps, readTallyRecord, verifyTallyRecord } from '$lib/server/council';
import type { RequestHandler } from './$types';

/**
 * A closed vote's tally as the ledger holds it: the 'council.tally' record, its journal entry,
 * and the server's own check of it. The record's full receipt (Merkle proof, signed block) is at
 * /api/v1/ledger/receipts/:recordId, which the /verify page checks in the browser.
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
		kind: 'council.tally',
		receipt: `/api/v1/ledger/receipts/${record.recordId}`,
		verify: `/verify?receipt=${record.recordId}`,
		verification: verification && {
			valid: verification.valid,
			journalPending: verification.journalPending,
			checks: verification.checks
		}
	});
};
