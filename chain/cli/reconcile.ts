import postgres from 'postgres';
import { resolveDatabase } from '../../db/connect';
import {
	saveReconciliation,
	reconcile,
	type ReconciliationReport
} from '../../web/src/lib/server/fabric/reconcile';
import { ChainLedger } from '../gateway/chain-ledger';
import { fabricSettingsFromEnv } from '../gateway/config';
import { connectFabric } from '../gateway/connect';

/**
 * `npm run ledger:reconcile`: compares every account's balance and the set of transfer ids
 * between the database (DATABASE_URL, or the embedded one under $LINLI_DATA_DIR) and the ledger
 * chaincode named by the FABRIC_* settings, prints the differences and keeps the report for the
 * auditors' page. Exit code: 0 = no drift, 1 = drift, 2 = could not compare (Fabric not
 * configured or unreachable, or the anchoring job holds the ledger).
 */
function describe(r: ReconciliationReport): string[] {
	const head = `${r.accounts} accounts, ${r.transfersInDatabase} transfers in the database, ${r.transfersOnChain} on the chain, ${r.pending} waiting to be anchored`;
	if (r.ok) return [`ledger:reconcile OK: ${head}`];
	const lines = [`ledger:reconcile DRIFT: ${head}`];
	if (r.quarantined > 0) {
		lines.push(`  ${r.quarantined} transfers quarantined (refused by the chaincode)`);
	}
	if (r.recordsRefused > 0) {
		lines.push(`  ${r.recordsRefused} records (council tallies) refused by the chaincode`);
	}
	for (const d of r.balanceDrift.slice(0, 50)) {
		lines.push(
			`  account ${d.accountId} ${d.field}: expected ${d.expected ?? '-'}, chain ${d.chain ?? '-'}`
		);
	}
	if (r.missingOnChain.count > 0) {
		lines.push(
			`  ${r.missingOnChain.count} anchored transfers missing on the chain, e.g. ${r.missingOnChain.ids.slice(0, 5).join(', ')}`
		);
	}
	if (r.unknownOnChain.count > 0) {
		lines.push(
			`  ${r.unknownOnChain.count} transfers on the chain unknown to the database, e.g. ${r.unknownOnChain.ids.slice(0, 5).join(', ')}`
		);
	}
	return lines;
}

async function main(): Promise<number> {
	const settings = fabricSettingsFromEnv(process.env);
	if (!settings) {
		console.error(
			'ledger:reconcile: Fabric is not configured (set the FABRIC_* settings); nothing to compare.'
		);
		return 2;
	}
	const database = await resolveDatabase({ quiet: true });
	const sql = postgres(database.url, { max: 2, onnotice: () => {} });
	const connection = await connectFabric(settings);
	try {
		const report = await reconcile(sql, new ChainLedger(connection.contract));
		if (!report) {
			console.error('ledger:reconcile: the anchoring job holds the ledger right now; try again.');
			return 2;
		}
		await saveReconciliation(sql, report);
		for (const line of describe(report)) console.log(line);
		return report.ok ? 0 : 1;
	} finally {
		connection.close();
		await sql.end({ timeout: 5 });
		await database.stop();
	}
}

let code = 2;
try {
	code = await main();
} catch (error) {
	console.error('ledger:reconcile could not run:', error);
}
process.exit(code);
