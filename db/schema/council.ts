import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uuid,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { nodes } from './hierarchy';
import { users } from './identity';

const tz = (name: string) => timestamp(name, { withTimezone: true });
const userRef = (name: string) => integer(name).references(() => users.id);

/** Per-community amounts and thresholds, set by the committee. Missing row: the defaults. */
export const councilSettings = pgTable(
	'council_settings',
	{
		communityId: integer('community_id')
			.primaryKey()
			.references(() => nodes.id),
		pointsAccepted: integer('points_accepted').notNull().default(20),
		pointsPassed: integer('points_passed').notNull().default(50),
		pointsPerVote: integer('points_per_vote').notNull().default(5),
		votePointsMonthlyCap: integer('vote_points_monthly_cap').notNull().default(20),
		supportThreshold: integer('support_threshold').notNull().default(10),
		updatedBy: userRef('updated_by'),
		updatedAt: tz('updated_at').notNull().defaultNow()
	},
	(t) => [
		check(
			'council_settings_non_negative',
			sql`${t.pointsAccepted} >= 0 and ${t.pointsPassed} >= 0 and ${t.pointsPerVote} >= 0 and ${t.votePointsMonthlyCap} >= 0 and ${t.supportThreshold} >= 0`
		)
	]
);

export const councilProposals = pgTable(
	'council_proposals',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		authorId: userRef('author_id').notNull(),
		title: text().notNull(),
		problem: text().notNull(),
		solution: text().notNull(),
		/** Whole yuan. */
		estimatedCost: integer('estimated_cost').notNull().default(0),
		location: text().notNull().default(''),
		imageUrls: text('image_urls')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** See web/src/lib/domain/council/proposal-state.ts. */
		state: text().notNull().default('draft'),
		rejectReason: text('reject_reason'),
		mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => councilProposals.id),
		/** Who carries a passed proposal out: a person, team or contractor, as named by the committee. */
		implementationOwner: text('implementation_owner'),
		createdAt: tz('created_at').notNull().defaultNow(),
		submittedAt: tz('submitted_at'),
		updatedAt: tz('updated_at').notNull().defaultNow()
	},
	(t) => [
		index('council_proposals_community_state_idx').on(t.communityId, t.state),
		check('council_proposals_cost', sql`${t.estimatedCost} >= 0`),
		check(
			'council_proposals_state',
			sql`${t.state} in ('draft','submitted','rejected','merged','discussion','voting','passed','failed','implementation','evaluation')`
		),
		check(
			'council_proposals_reject_reason',
			sql`${t.state} <> 'rejected' or ${t.rejectReason} is not null`
		)
	]
);

/** The public timeline: every state change, amendment and progress update. Append-only. */
export const councilProposalEvents = pgTable(
	'council_proposal_events',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => councilProposals.id),
		/** 'state', 'amendment', 'progress' or 'milestone'. */
		kind: text().notNull(),
		fromState: text('from_state'),
		toState: text('to_state'),
		actorId: userRef('actor_id'),
		body: text(),
		imageUrls: text('image_urls')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [index('council_proposal_events_proposal_idx').on(t.proposalId, t.id)]
);

export const councilMilestones = pgTable('council_milestones', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	proposalId: integer('proposal_id')
		.notNull()
		.references(() => councilProposals.id),
	title: text().notNull(),
	doneAt: tz('done_at'),
	createdAt: tz('created_at').notNull().defaultNow()
});

export const councilSupports = pgTable(
	'council_supports',
	{
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => councilProposals.id),
		userId: userRef('user_id').notNull(),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.proposalId, t.userId] })]
);

export const councilComments = pgTable(
	'council_comments',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => councilProposals.id),
		parentId: integer('parent_id').references((): AnyPgColumn => councilComments.id),
		authorId: userRef('author_id').notNull(),
		body: text().notNull(),
		hiddenReason: text('hidden_reason'),
		hiddenBy: userRef('hidden_by'),
		hiddenAt: tz('hidden_at'),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [index('council_comments_proposal_idx').on(t.proposalId, t.id)]
);

export const councilCommentReports = pgTable(
	'council_comment_reports',
	{
		commentId: integer('comment_id')
			.notNull()
			.references(() => councilComments.id),
		userId: userRef('user_id').notNull(),
		reason: text().notNull(),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.commentId, t.userId] })]
);

export const councilRatings = pgTable(
	'council_ratings',
	{
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => councilProposals.id),
		userId: userRef('user_id').notNull(),
		score: integer().notNull(),
		comment: text().notNull().default(''),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.proposalId, t.userId] }),
		check('council_ratings_score', sql`${t.score} between 1 and 5`)
	]
);

/**
 * A vote: one community, one window. `state` is 'open' until the closing job tallies it; ballots
 * are accepted only inside [opens_at, closes_at). Results stay empty until then.
 */
export const councilVotes = pgTable(
	'council_votes',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		title: text().notNull(),
		method: text().notNull(),
		budget: integer(),
		seats: integer().notNull().default(1),
		quorumPercent: integer('quorum_percent').notNull().default(0),
		opensAt: tz('opens_at').notNull(),
		closesAt: tz('closes_at').notNull(),
		state: text().notNull().default('open'),
		closedAt: tz('closed_at'),
		result: jsonb(),
		ballotListSha256: text('ballot_list_sha256'),
		createdBy: userRef('created_by').notNull(),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		index('council_votes_community_idx').on(t.communityId, t.state),
		check('council_votes_method', sql`${t.method} in ('yes_no','approval','budget')`),
		check('council_votes_state', sql`${t.state} in ('open','closed')`),
		check('council_votes_window', sql`${t.closesAt} > ${t.opensAt}`),
		check('council_votes_quorum', sql`${t.quorumPercent} between 0 and 100`),
		check('council_votes_budget', sql`(${t.method} = 'budget') = (${t.budget} is not null)`)
	]
);

export const councilVoteOptions = pgTable(
	'council_vote_options',
	{
		voteId: integer('vote_id')
			.notNull()
			.references(() => councilVotes.id),
		/** Unique: a proposal is put to the vote once. */
		proposalId: integer('proposal_id')
			.notNull()
			.unique()
			.references(() => councilProposals.id),
		cost: integer().notNull()
	},
	(t) => [primaryKey({ columns: [t.voteId, t.proposalId] })]
);

/**
 * Who voted — and nothing about how. The primary key makes a second ballot impossible: it is
 * inserted in the same transaction as the ballot, so either both exist or neither.
 */
export const councilVoteParticipation = pgTable(
	'council_vote_participation',
	{
		voteId: integer('vote_id')
			.notNull()
			.references(() => councilVotes.id),
		userId: userRef('user_id').notNull(),
		castAt: tz('cast_at').notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.voteId, t.userId] })]
);

/**
 * Ballots while the window is open. No id, no time, no user: only the receipt hash and the
 * choice. Emptied at closing, when the rows move to council_ballots in receipt-hash order
 * (see web/src/lib/server/council/close-vote.ts for why).
 */
export const councilBallotBox = pgTable(
	'council_ballot_box',
	{
		receiptHash: text('receipt_hash').primaryKey(),
		voteId: integer('vote_id')
			.notNull()
			.references(() => councilVotes.id),
		choice: jsonb().notNull()
	},
	(t) => [index('council_ballot_box_vote_idx').on(t.voteId)]
);

/** The sealed, counted ballots of closed votes. Append-only; published as the anonymised list. */
export const councilBallots = pgTable(
	'council_ballots',
	{
		/** Random (v4), never time-ordered. */
		id: uuid()
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		voteId: integer('vote_id')
			.notNull()
			.references(() => councilVotes.id),
		receiptHash: text('receipt_hash').notNull().unique(),
		choice: jsonb().notNull()
	},
	(t) => [index('council_ballots_vote_idx').on(t.voteId)]
);

// The signed tally chain council_tally_records was dropped in favour of the ledger journal: a
// closed vote's tally is a 'council.tally' record (db/schema/records.ts), the one source of
// truth; council_votes.result stays as the display projection and ledger:verify checks the two
// match. See db/sql/025-ledger-records.sql for how the old rows moved.

/**
 * Civic points owed, written in the transaction that earned them; the transfer through the
 * posting service follows after commit under the same idempotency key (retried by the sweep).
 */
export const councilPointAwards = pgTable(
	'council_point_awards',
	{
		idempotencyKey: text('idempotency_key').primaryKey(),
		communityId: integer('community_id')
			.notNull()
			.references(() => nodes.id),
		userId: userRef('user_id').notNull(),
		amount: integer().notNull(),
		/** The ledger transfer kind: council.accepted, council.passed, council.vote. */
		kind: text().notNull(),
		reference: text().notNull(),
		/** Calendar month (Beijing time) the award counts against, e.g. '2026-03'. */
		month: text().notNull(),
		transferId: uuid('transfer_id'),
		lastError: text('last_error'),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		index('council_point_awards_user_month_idx').on(t.userId, t.kind, t.month),
		check('council_point_awards_amount', sql`${t.amount} > 0`)
	]
);

export type CouncilProposal = typeof councilProposals.$inferSelect;
export type CouncilVote = typeof councilVotes.$inferSelect;
export type CouncilSettings = typeof councilSettings.$inferSelect;
