import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildChaincode } from '../../chain/cli/build-chaincode';
import type { LedgerContract } from '../../chain/chaincode/ledger.contract';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCES = [
	'chain/chaincode',
	'chain/core/ledger',
	'chain/core/records',
	'chain/core/shared.ts'
];

async function filesUnder(p: string): Promise<string[]> {
	const full = path.join(root, p);
	if (!full.endsWith('.ts') && !full.endsWith('.json')) {
		const names = (await readdir(full, { recursive: true })).map(String).sort();
		return names.filter((n) => /\.(ts|json)$/.test(n)).map((n) => path.join(full, n));
	}
	return [full];
}

/** A hash of every source the chaincode build reads, so an unchanged tree reuses its build. */
async function sourceHash(): Promise<string> {
	const hash = createHash('sha256');
	for (const p of SOURCES) {
		for (const file of await filesUnder(p)) {
			hash.update(file).update(await readFile(file));
		}
	}
	return hash.digest('hex').slice(0, 16);
}

export interface ChaincodeModule {
	contracts: (typeof LedgerContract)[];
}

/**
 * The chaincode exactly as `npm run chain:build` ships it (tsc output with decorator metadata),
 * built once per source version under node_modules/.cache so its requires of fabric-contract-api
 * resolve to the app's node_modules. Spec files running in parallel may build at the same time;
 * each builds into its own folder and the first rename wins.
 */
export async function loadBuiltChaincode(): Promise<ChaincodeModule> {
	const cache = path.join(root, 'node_modules/.cache/linli-chaincode');
	const dir = path.join(cache, await sourceHash());
	if (!existsSync(path.join(dir, 'package.json'))) {
		const tmp = `${dir}.${process.pid}.tmp`;
		await buildChaincode({ outDir: tmp });
		await rename(tmp, dir).catch(() => rm(tmp, { recursive: true, force: true }));
	}
	const require = createRequire(path.join(dir, 'package.json'));
	return require('./lib/chaincode/index.js') as ChaincodeModule;
}
