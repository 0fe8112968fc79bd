import type { Rule } from './rules';

const STAFF_COMMITTEE: Rule = ['committee'];
const ACTIVITY_MANAGERS: Rule = ['organiser', 'committee'];

/**
 * Who may use each form action of a page (a POST to the page, `?/name` for a named action);
 * everyone else must be refused (401, 403, 404, or a redirect to log in or to the second factor).
 * The matrix posts an empty form, so an action must settle who may use it before it reads what
 * was sent: a 400 for the missing fields counts as let through. A new action without a line
 * here fails tests/integration/authz-matrix.spec.ts.
 *
 * 'signed-in' on an action that works on one thing (a proposal, a voucher, a mutual-aid post)
 * means any account reaches the service, which then checks that thing's owner or community;
 * those checks are covered with real data in the feature's own integration tests.
 */
export const ACTION_RULES: Record<string, Rule> = {
	// Account and personal data
	'POST /(app)/account?/changePassword': 'signed-in',
	'POST /(app)/account/data?/delete': 'signed-in',
	'POST /(app)/account/data?/idNumber': 'signed-in',
	'POST /(app)/account/skills': 'signed-in',
	// New recovery codes need an enrolled second factor, which no demo account has: everyone is
	// sent to /two-factor (tests/integration/oversight/two-factor.spec.ts enrols and regenerates).
	'POST /(app)/account/security?/regenerate': [],
	'POST /(app)/notifications?/read': 'signed-in',
	'POST /(app)/notifications?/readAll': 'signed-in',
	'POST /(app)/proxy?/add': 'signed-in',
	'POST /(app)/proxy?/find': 'signed-in',
	'POST /(app)/proxy?/remove': 'signed-in',
	'POST /(app)/donate?/give': 'signed-in',
	'POST /(app)/donate?/answer': 'signed-in',
	// Time bank
	'POST /(app)/activities/[id]?/signUp': 'signed-in',
	'POST /(app)/activities/[id]?/cancel': 'signed-in',
	'POST /(app)/activities/[id]?/checkIn': 'signed-in',
	'POST /(app)/activities/checkin?/checkIn': 'signed-in',
	'POST /(app)/mutual-aid/new': 'signed-in',
	'POST /(app)/mutual-aid/[id]?/respond': 'signed-in',
	'POST /(app)/mutual-aid/[id]?/accept': 'signed-in',
	'POST /(app)/mutual-aid/[id]?/record': 'signed-in',
	'POST /(app)/mutual-aid/[id]?/confirm': 'signed-in',
	'POST /(app)/mutual-aid/[id]?/dispute': 'signed-in',
	'POST /(app)/mutual-aid/[id]?/rate': 'signed-in',
	'POST /(app)/organiser/new': ACTIVITY_MANAGERS,
	'POST /(app)/organiser/[id]?/status': ACTIVITY_MANAGERS,
	'POST /(app)/organiser/[id]?/addSlot': ACTIVITY_MANAGERS,
	'POST /(app)/organiser/[id]/slots/[slotId]?/scan': ACTIVITY_MANAGERS,
	'POST /(app)/organiser/[id]/slots/[slotId]?/manual': ACTIVITY_MANAGERS,
	'POST /(app)/organiser/[id]/slots/[slotId]?/minutes': ACTIVITY_MANAGERS,
	'POST /(app)/organiser/[id]/slots/[slotId]?/confirm': ACTIVITY_MANAGERS,
	// Platform administration
	'POST /(app)/admin/nodes/[id]?/addChild': ['admin'],
	'POST /(app)/admin/nodes/[id]?/rename': ['admin'],
	'POST /(app)/admin/nodes/[id]?/grant': ['admin'],
	'POST /(app)/admin/nodes/[id]?/revoke': ['admin'],
	// Committee console
	'POST /(app)/committee?/approve': STAFF_COMMITTEE,
	'POST /(app)/committee?/reject': STAFF_COMMITTEE,
	'POST /(app)/committee/unmask': STAFF_COMMITTEE,
	'POST /(app)/committee/invitations?/create': STAFF_COMMITTEE,
	'POST /(app)/committee/invitations?/revoke': STAFF_COMMITTEE,
	'POST /(app)/committee/partners?/approve': STAFF_COMMITTEE,
	'POST /(app)/committee/partners?/reject': STAFF_COMMITTEE,
	'POST /(app)/committee/partners?/unmaskPhone': STAFF_COMMITTEE,
	'POST /(app)/committee/redemption-settings': STAFF_COMMITTEE,
	'POST /(app)/committee/settlements?/generate': STAFF_COMMITTEE,
	// No statement in the demo data: the empty form names none, so it is not found for all.
	// Approving and paying real statements is covered by tests/integration/redemption.
	'POST /(app)/committee/settlements?/approve': [],
	'POST /(app)/committee/settlements?/pay': [],
	'POST /(app)/committee/timebank?/resolve': STAFF_COMMITTEE,
	'POST /(app)/committee/timebank?/creditLimit': STAFF_COMMITTEE,
	'POST /(app)/committee/timebank?/point': STAFF_COMMITTEE,
	'POST /(app)/committee/timebank?/grant': STAFF_COMMITTEE,
	'POST /(app)/committee/council?/accept': STAFF_COMMITTEE,
	'POST /(app)/committee/council?/reject': STAFF_COMMITTEE,
	'POST /(app)/committee/council?/merge': STAFF_COMMITTEE,
	'POST /(app)/committee/council?/hide': STAFF_COMMITTEE,
	'POST /(app)/committee/council?/openVote': STAFF_COMMITTEE,
	// No vote in the demo data: the empty form names none, so it is not found for all (closing a
	// real vote is covered by tests/integration/council).
	'POST /(app)/committee/council?/closeVote': [],
	'POST /(app)/committee/council?/implement': STAFF_COMMITTEE,
	'POST /(app)/committee/council?/spawnActivity': STAFF_COMMITTEE,
	'POST /(app)/committee/council?/settings': STAFF_COMMITTEE,
	'POST /(app)/committee/sorting?/settings': STAFF_COMMITTEE,
	'POST /(app)/committee/sorting?/resolveFlag': STAFF_COMMITTEE,
	'POST /(app)/committee/sorting/guide?/add': STAFF_COMMITTEE,
	'POST /(app)/committee/sorting/guide?/remove': STAFF_COMMITTEE,
	'POST /(app)/committee/sorting/guide?/edit': STAFF_COMMITTEE,
	'POST /(app)/committee/sorting/guide?/hide': STAFF_COMMITTEE,
	'POST /(app)/committee/sorting/guide?/show': STAFF_COMMITTEE,
	'POST /(app)/committee/sorting/households?/create': STAFF_COMMITTEE,
	'POST /(app)/committee/sorting/households?/decide': STAFF_COMMITTEE,
	'POST /(app)/committee/sorting/households?/grid': STAFF_COMMITTEE,
	'POST /(app)/committee/sorting/households?/member': STAFF_COMMITTEE,
	'POST /(app)/committee/sorting/points?/assign': STAFF_COMMITTEE,
	'POST /(app)/committee/sorting/points?/create': STAFF_COMMITTEE,
	'POST /(app)/committee/sorting/points?/update': STAFF_COMMITTEE,
	// Citizen council: the author's own proposal, support and comments are checked per proposal
	'POST /(app)/council/new': 'signed-in',
	'POST /(app)/council/[id]/edit': 'signed-in',
	'POST /council/[id]?/submit': 'signed-in',
	'POST /council/[id]?/amend': 'signed-in',
	'POST /council/[id]?/support': 'signed-in',
	'POST /council/[id]?/comment': 'signed-in',
	'POST /council/[id]?/report': 'signed-in',
	'POST /council/[id]?/rate': 'signed-in',
	'POST /council/votes/[voteId]?/vote': 'signed-in',
	// Anyone holding a receipt code may check that the ballot was counted.
	'POST /council/votes/[voteId]?/check': 'everyone',
	// Waste sorting
	'POST /(app)/sorting?/join': 'signed-in',
	'POST /(app)/sorting/record?/record': ['inspector'],
	// Redemption and partners
	'POST /(app)/offers/[id]?/redeem': 'signed-in',
	'POST /(app)/vouchers/[id]?/cancel': 'signed-in',
	'POST /(app)/partner?/createOffer': ['partner'],
	'POST /(app)/partner?/status': ['partner'],
	'POST /(app)/partner?/addStaff': ['partner'],
	'POST /(app)/partner?/removeStaff': ['partner'],
	'POST /(app)/partner?/location': ['partner'],
	'POST /(app)/partner?/connect': ['partner'],
	'POST /(app)/partner/counter?/lookup': ['partner'],
	'POST /(app)/partner/counter?/confirm': ['partner'],
	'POST /(app)/partner/counter?/photos': ['partner'],
	'POST /partners/apply': 'signed-in',
	'POST /sponsor': 'everyone',
	// Sign-in and settings
	'POST /(auth)/login': 'everyone',
	'POST /(auth)/register': 'everyone',
	'POST /(auth)/forgot-password': 'everyone',
	'POST /(auth)/reset-password': 'everyone',
	'POST /(auth)/logout': 'signed-in',
	'POST /(auth)/two-factor': 'signed-in',
	'POST /settings?/language': 'everyone',
	'POST /settings?/display': 'everyone'
};
