import type postgres from 'postgres';
import { database } from '../context';
import { PostingService } from '../ledger/posting.service';

/** What the wallet services read through; tests build their own over a test database. */
export interface WalletDeps {
	sql: postgres.Sql;
	posting: PostingService;
}

let deps: WalletDeps | undefined;

/** The process-wide dependencies, built on first use from the composition root. */
export function walletDeps(): WalletDeps {
	if (!deps) {
		const { sql } = database();
		deps = { sql, posting: new PostingService(sql) };
	}
	return deps;
}
