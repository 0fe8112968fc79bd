import type { Who } from './visitors';

/**
 * Who may open a page or call an endpoint method; everyone else must be refused (401, 403, 404
 * or a redirect to log in). Keys are `METHOD route-id`, exactly as the route tree produces them:
 * a new route or method without a line here fails tests/integration/authz-matrix.spec.ts.
 *
 * - 'everyone': public, also to visitors who are not signed in;
 * - 'signed-in': any account, verified or not (the page itself explains what needs verifying);
 * - a list: only those roles (a role counts on the node it was granted on and below).
 */
export type Rule = readonly Who[] | 'everyone' | 'signed-in';

const STAFF_COMMITTEE: readonly Who[] = ['committee'];
const OVERSIGHT: readonly Who[] = ['committee', 'auditor'];

export const RULES: Record<string, Rule> = {
	'GET /': 'everyone',
	// Account and personal data
	'GET /(app)/account': 'signed-in',
	'GET /(app)/account/data': 'signed-in',
	'GET /(app)/account/data/export.csv': 'signed-in',
	'GET /(app)/account/data/export.json': 'signed-in',
	'GET /(app)/account/security': 'signed-in',
	'GET /(app)/account/skills': 'signed-in',
	'GET /(app)/notifications': 'signed-in',
	'GET /(app)/wallet': 'signed-in',
	'GET /(app)/proxy': 'signed-in',
	'GET /(app)/donate': 'signed-in',
	// Time bank
	'GET /(app)/activities': 'signed-in',
	'GET /(app)/activities/[id]': 'signed-in',
	'GET /(app)/activities/checkin': 'signed-in',
	'GET /(app)/activities/mine': 'signed-in',
	'GET /(app)/mutual-aid': 'signed-in',
	'GET /(app)/mutual-aid/[id]': 'signed-in',
	'GET /(app)/mutual-aid/new': 'signed-in',
	'GET /(app)/organiser': ['organiser', 'committee'],
	'GET /(app)/organiser/new': ['organiser', 'committee'],
	'GET /(app)/organiser/[id]': ['organiser', 'committee'],
	'GET /(app)/organiser/[id]/hours.csv': ['organiser', 'committee'],
	'GET /(app)/organiser/[id]/slots/[slotId]': ['organiser', 'committee'],
	'GET /(app)/organiser/[id]/slots/[slotId]/code': ['organiser', 'committee'],
	// Platform administration
	'GET /(app)/admin': ['admin'],
	'GET /(app)/admin/nodes/[id]': ['admin'],
	// Oversight
	'GET /(app)/audit': OVERSIGHT,
	'GET /(app)/audit/export.csv': OVERSIGHT,
	'GET /(app)/dashboard': OVERSIGHT,
	'GET /(app)/dashboard/export.csv': OVERSIGHT,
	'GET /(app)/committee/accounts': OVERSIGHT,
	'GET /(app)/committee/accounts/[userId]': OVERSIGHT,
	'GET /(app)/committee/accounts/community/[accountId]': OVERSIGHT,
	'GET /(app)/committee/reconciliation': OVERSIGHT,
	// Committee console
	'GET /(app)/committee': STAFF_COMMITTEE,
	'GET /(app)/committee/council': STAFF_COMMITTEE,
	'GET /(app)/committee/invitations': STAFF_COMMITTEE,
	'GET /(app)/committee/unmask': STAFF_COMMITTEE,
	'GET /(app)/committee/partners': STAFF_COMMITTEE,
	'GET /(app)/committee/settlements': STAFF_COMMITTEE,
	'GET /(app)/committee/redemption-settings': STAFF_COMMITTEE,
	'GET /(app)/committee/timebank': STAFF_COMMITTEE,
	'GET /(app)/committee/sorting': STAFF_COMMITTEE,
	'GET /(app)/committee/sorting/dropoffs': STAFF_COMMITTEE,
	'GET /(app)/committee/sorting/export': STAFF_COMMITTEE,
	'GET /(app)/committee/sorting/grids': STAFF_COMMITTEE,
	'GET /(app)/committee/sorting/grids/export': STAFF_COMMITTEE,
	'GET /(app)/committee/sorting/guide': STAFF_COMMITTEE,
	'GET /(app)/committee/sorting/households': STAFF_COMMITTEE,
	'GET /(app)/committee/sorting/points': STAFF_COMMITTEE,
	// Citizen council: reading is public, taking part needs an account
	'GET /council': 'everyone',
	'GET /council/[id]': 'everyone',
	'GET /(app)/council/mine': 'signed-in',
	'GET /(app)/council/new': 'signed-in',
	// Only the author edits a draft; the sample is a proposal none of the visitors wrote, so the
	// page is not found for all. Photos follow the proposal page's rule; the sample photo is a
	// missing one. Both are covered with real data in tests/integration/council and the e2e.
	'GET /(app)/council/[id]/edit': [],
	'GET /council/[id]/images/[imageId]': [],
	// The demo data holds no vote yet: nobody can open a vote that does not exist. Who may follow
	// or read a real vote is covered by tests/integration/council.
	'GET /council/votes/[voteId]': [],
	'GET /api/v1/council/votes/[voteId]/ballots': [],
	'GET /api/v1/council/votes/[voteId]/record': [],
	// Waste sorting
	'GET /(app)/sorting': 'signed-in',
	'GET /(app)/sorting/guide': 'signed-in',
	'GET /(app)/sorting/my-code': 'signed-in',
	'GET /(app)/sorting/record': ['inspector'],
	'GET /(app)/sorting/recorded': ['inspector'],
	// The demo data holds no drop-off photo: the sample is a missing one, refused to all. Who may
	// see a real photo (committee, household, inspector) is covered by tests/integration/sorting.
	'GET /(app)/sorting/photos/[id]': [],
	// Drop-offs are authorised per item inside the batch (refusals come back per id); an empty
	// batch from any account only gets 400, an anonymous one 401.
	'POST /api/v1/sorting/dropoffs': 'signed-in',
	// Redemption and partners
	'GET /(app)/offers': 'signed-in',
	'GET /(app)/offers/[id]': 'signed-in',
	'GET /(app)/vouchers': 'signed-in',
	'POST /(app)/vouchers': 'signed-in',
	// The demo resident has no voucher yet, so the sample is a missing one: refused to all.
	'GET /(app)/vouchers/[id]': [],
	'GET /(app)/vouchers/[id]/pdf': [],
	// No photo in the demo data: refused to all. Who may see real ones is covered by
	// tests/integration/redemption/photos.spec.ts.
	'GET /(app)/vouchers/[id]/photos/[imageId]': [],
	'GET /(app)/offers/[id]/photos/[imageId]': [],
	'GET /(app)/partner': 'signed-in',
	'GET /(app)/partner/counter': ['partner'],
	'POST /(app)/partner/counter': ['partner'],
	'GET /(app)/partner/statements': ['partner'],
	// No settlement statement in the demo data yet: refused to all (partner access is covered in
	// tests/integration/redemption).
	'GET /(app)/partner/statements/[id]/csv': [],
	'GET /(app)/partner/statements/[id]/pdf': [],
	'GET /partners/apply': 'signed-in',
	'GET /sponsor': 'everyone',
	'GET /sponsor/thanks': 'everyone',
	'GET /sponsor/receipts/[token]': [],
	// Signature-checked by Stripe, not by session: anyone reaches the check.
	'POST /api/v1/stripe/webhook': 'everyone',
	// Sign-in pages
	'GET /(auth)/login': 'everyone',
	'GET /(auth)/register': 'everyone',
	'GET /(auth)/forgot-password': 'everyone',
	'GET /(auth)/reset-password': 'everyone',
	'GET /(auth)/logout': 'signed-in',
	'GET /(auth)/two-factor': 'signed-in',
	// Public ledger verification and infrastructure
	'GET /verify': 'everyone',
	'GET /api/v1/ledger/keys': 'everyone',
	'GET /api/v1/ledger/receipts/[id]': 'everyone',
	'GET /api/realtime/config': 'everyone',
	'POST /api/realtime/auth': 'signed-in',
	'GET /healthz': 'everyone',
	'GET /settings': 'everyone',
	// Development only: isDevMailboxEnabled() is false in production, where it answers 404.
	'GET /dev/mailbox': 'everyone'
};
