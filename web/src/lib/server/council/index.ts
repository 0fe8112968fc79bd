/** The citizen council's services: what routes, jobs and other features call. */
export { committeeOf, managedCommunityIds, residentOf } from './access';
export { postPendingAwards } from './awards';
export {
	castBallot,
	checkReceipt,
	TURNOUT_EVENT,
	type CastReceipt,
	type ReceiptCheck
} from './cast-ballot';
export { closeDueVotes, closeVote, type CloseOutcome } from './close-vote';
export { councilDeps, type CouncilDeps } from './deps';
export {
	addComment,
	hideComment,
	listComments,
	reportComment,
	reportedComments,
	supportProposal
} from './discussion.service';
export { councilErrorKey, type CouncilError } from './errors';
export {
	listMilestones,
	rateProposal,
	ratingSummary,
	recordImplementation
} from './implementation.service';
export { openVote, type OpenVoteInput } from './open-vote';
export { amendProposal, mergeProposal, reviewProposal } from './proposals.service';
export { createProposal, submitProposal, updateDraft, type ProposalInput } from './drafts.service';
export {
	belongsToProposal,
	MAX_PROPOSAL_IMAGES,
	proposalImages,
	type ProposalImage
} from './images';
export { notifyVoteOpened } from './vote-notices';
export {
	findProposal,
	listProposals,
	timeline,
	viewerFacts,
	type ProposalRow
} from './proposals.repository';
export {
	DEFAULT_COUNCIL_SETTINGS,
	readSettings,
	saveSettings,
	type CouncilSettingsValues
} from './settings';
export {
	publishedBallots,
	readTallyRecord,
	verifyTallyRecord,
	type TallyVerification
} from './tally-record';
export {
	eligibleCount,
	findVote,
	hasVoted,
	listVotes,
	turnout,
	votesTakenPart,
	type VoteRow
} from './votes.repository';
export { committeeConsole } from './console';
