import postgres from 'postgres';
import { resolveDatabase } from '../../db/connect';
import {
	placeOf,
	verifyJournal,
	type JournalReport
} from '../../web/src/lib/server/journal/verify';
import {
	verifyBalances,
	type BalanceReport,
	type Totals
} from '../../web/src/lib/server/ledger/verify-balances';
import {
	verifyCouncilTallies,
	type TallyAuditReport
} from '../../web/src/lib/server/council/tally-audit';

/**
 * `npm run ledger:verify`: re-checks the embedded journal end to end (every entry's hash and
 * link, every block's Merkle root, link and signature, the one-to-one match with
 * ledger_transfers and ledger_records), then every account's totals against the sum of its
 * transfers, then every closed council vote against its tally record (one to one, recounted from
 * the published ballots). Uses DATABASE_URL, or the embedded database
 * under $LINLI_DATA_DIR (which must not be running in another process at the same time). Exit
 * code 0 = consistent; otherwise the first inconsistency is named.
 */
function describe(report: JournalReport): string {
	const counts = `${report.entries} entries, ${report.blocks} blocks, ${report.outbox} waiting in the outbox`;
	if (report.ok) return `ledger:verify OK: ${counts}`;
	return `ledger:verify FAILED: ${report.problem} at ${placeOf(report)} (checked before it: ${counts})`;
}

function describeBalances(report: BalanceReport): string {
	if (report.ok) return `ledger:verify OK: ${report.accounts} accounts match their transfers`;
	const show = (t: Totals) =>
		`posted ${t.debitsPosted} out, ${t.creditsPosted} in; pending ${t.debitsPending} out, ${t.creditsPending} in`;
	return `ledger:verify FAILED: balance_mismatch at account ${report.accountId}: stored ${show(report.stored)}; its transfers add up to ${show(report.fromTransfers)}`;
}

function describeTallies(report: TallyAuditReport): string {
	if (report.ok) return `ledger:verify OK: ${report.votes} closed votes match their tally records`;
	const record = report.recordId ? `, record ${report.recordId}` : '';
	return `ledger:verify FAILED: ${report.problem} at vote ${report.voteId}${record} (checked before it: ${report.votes} votes)`;
}

const database = await resolveDatabase({ quiet: true });
const sql = postgres(database.url, { max: 1, onnotice: () => {} });
let code = 1;
try {
	const report = await verifyJournal(sql);
	console.log(describe(report));
	const balances = report.ok ? await verifyBalances(sql) : null;
	if (balances) console.log(describeBalances(balances));
	if (balances?.ok) {
		const tallies = await verifyCouncilTallies(sql);
		console.log(describeTallies(tallies));
		code = tallies.ok ? 0 : 1;
	}
} catch (error) {
	console.error('ledger:verify could not run:', error);
	code = 2;
} finally {
	await sql.end({ timeout: 5 });
	await database.stop();
}
process.exit(code);
