import { createDb, type DbHandle } from '../../../../db/client';
import { nudgeJournal } from './journal/job';
import { PostingService } from './ledger/posting.service';
import { publishLedgerEvents } from './realtime/ledger-events';

let handle: DbHandle | undefined;
let posting: PostingService | undefined;

/**
 * The composition root: the one database pool of this process, built on first use from
 * DATABASE_URL (set by `npm start`/`npm run dev` to the embedded server when not configured).
 */
export function database(): DbHandle {
	if (!handle) {
		const url = process.env.DATABASE_URL;
		if (!url) {
			throw new Error('DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.');
		}
		handle = createDb(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 20) });
	}
	return handle;
}

/**
 * The one posting service of this process. One instance means one queue, so concurrent requests
 * from every feature share group commits; each commit wakes the journal drainer.
 */
export function ledger(): PostingService {
	if (!posting) {
		const { sql } = database();
		posting = new PostingService(sql, {
			onCommitted: (transfers) => {
				void nudgeJournal(sql);
				void publishLedgerEvents(sql, transfers);
			}
		});
	}
	return posting;
}
