/**
 * Every PostgreSQL advisory lock the app takes, in one place. Two features that picked the same
 * number once serialised the journal drainer with every ledger posting; a spec checks that the
 * numbers stay distinct and that no code takes a lock by a bare number. (Locks taken with two
 * keys, the first from here and the second a row id, live in PostgreSQL's separate two-key space.)
 */
export const ADVISORY_LOCKS = {
	/** Migrations: one instance migrates, the others wait. */
	migrate: 7301,
	/** Ledger posting: batches commit in seq order. */
	posting: 7302,
	/** The journal's single writer. */
	journal: 7303,
	/** Loading the demo data. */
	seed: 7304,
	/** Demo sorting data. */
	seedSorting: 7306,
	/** Fabric anchoring's single writer (session lock). */
	fabricAnchor: 7311,
	/** Turning the Fabric outbox trigger on (with its backfill) or off. */
	fabricOutboxSwitch: 7312,
	/** Council civic-point awards, per user (two-key form). */
	councilAwards: 7340,
	/** Sorting burst check, per inspector (two-key form): one recorder at a time counts. */
	sortingBurst: 7350,
	/** Dashboard summary refresh. */
	statsRefresh: 7_409_001
} as const;
