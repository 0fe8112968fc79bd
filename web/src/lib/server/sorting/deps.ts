import type postgres from 'postgres';
import type { Db } from '../../../../../db/client';
import { database, ledger } from '../context';
import { PostingService } from '../ledger/posting.service';
import { qrSecret } from '../timebank/deps';
import { DropoffRecorder } from './recorder';

/** What every sorting service needs; tests build their own with a fake clock. */
export interface SortingDeps {
	db: Db;
	sql: postgres.Sql;
	posting: PostingService;
	now: () => Date;
	/** The same secret that signs the time bank's personal codes, which residents show here too. */
	qrSecret: Uint8Array;
	recorder: DropoffRecorder;
}

/** Builds the dependencies around one pool; the recorder batches drop-offs across requests. */
export function sortingDeps(parts: Omit<SortingDeps, 'recorder'>): SortingDeps {
	return { ...parts, recorder: new DropoffRecorder(parts) };
}

let deps: SortingDeps | undefined;

/** The process-wide dependencies, built on first use from the composition root. */
export function sorting(): SortingDeps {
	if (!deps) {
		const { db, sql } = database();
		deps = sortingDeps({
			db,
			sql,
			posting: ledger(),
			now: () => new Date(),
			qrSecret: qrSecret()
		});
	}
	return deps;
}
