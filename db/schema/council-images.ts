import { index, integer, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { councilProposalEvents, councilProposals, councilVotes } from './council';
import { users } from './identity';
import { images } from './images';

const tz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Photos of a proposal (event null) or of one of its progress updates. The image bytes live in
 * `images`; this row says which proposal's visibility rules guard them.
 */
export const councilProposalImages = pgTable(
	'council_proposal_images',
	{
		imageId: uuid('image_id')
			.primaryKey()
			.references(() => images.id, { onDelete: 'cascade' }),
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => councilProposals.id),
		eventId: integer('event_id').references(() => councilProposalEvents.id),
		position: integer().notNull().default(0),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [index('council_proposal_images_proposal_idx').on(t.proposalId, t.position)]
);

/**
 * Who has been told that a vote opened, one row each, so a retried job never tells anyone twice.
 * Holds no choice and no receipt: it says no more than that the person was on the roll.
 */
export const councilVoteNotices = pgTable(
	'council_vote_notices',
	{
		voteId: integer('vote_id')
			.notNull()
			.references(() => councilVotes.id),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.voteId, t.userId] })]
);

/** Votes whose opening notice has gone to the whole roll; the minute sweep skips them. */
export const councilVoteOpenings = pgTable('council_vote_openings', {
	voteId: integer('vote_id')
		.primaryKey()
		.references(() => councilVotes.id),
	notifiedAt: tz('notified_at').notNull().defaultNow()
});
