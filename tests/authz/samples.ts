import type { TestDatabase } from '../helpers/db';
import { DEMO_COMMUNITY, DEMO_ORGANISER, DEMO_PARTNER, DEMO_RESIDENT } from '../../seed/accounts';

export type Samples = Record<string, Record<string, string>>;

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Real values for the `[params]` of each parameterised route, taken from the demo data, chosen so
 * that the people the rule allows can see them (the demo resident's voucher, an activity the demo
 * organiser runs, …). A new parameterised route needs a line here, or the matrix test fails.
 */
export async function loadSamples(db: TestDatabase): Promise<Samples> {
	const first = async (query: Promise<readonly Record<string, unknown>[]>): Promise<string> => {
		const [row] = await query;
		const value = row ? Object.values(row)[0] : undefined;
		if (value === undefined || value === null) return '0';
		return String(value as string | number);
	};
	const organiser = await first(db.sql`select id from users where phone = ${DEMO_ORGANISER.phone}`);
	const resident = await first(db.sql`select id from users where phone = ${DEMO_RESIDENT.phone}`);
	const partnerStaff = await first(
		db.sql`select id from users where phone = ${DEMO_PARTNER.phone}`
	);
	const activity = await first(db.sql`
		select id from activities where created_by = ${organiser} order by id limit 1`);
	const slot = await first(db.sql`
		select id from activity_slots where activity_id = ${activity} order by id limit 1`);
	const partner = await first(db.sql`
		select partner_id from partner_staff where user_id = ${partnerStaff} limit 1`);
	const vote = await first(db.sql`select id from council_votes order by id limit 1`);
	return {
		'/(app)/activities/[id]': { id: activity },
		'/(app)/admin/nodes/[id]': {
			id: await first(db.sql`select id from nodes where name = ${DEMO_COMMUNITY}`)
		},
		'/(app)/committee/accounts/[userId]': { userId: resident },
		'/(app)/committee/accounts/community/[accountId]': {
			accountId: await first(db.sql`
				select a.id from ledger_accounts a join nodes n on n.id = a.owner_id
				where a.owner_type = 'community' and a.kind = 'community_pool'
					and n.name = ${DEMO_COMMUNITY} limit 1`)
		},
		'/(app)/mutual-aid/[id]': {
			id: await first(db.sql`select id from aid_posts order by id limit 1`)
		},
		'/(app)/offers/[id]': {
			id: await first(db.sql`select id from offers order by id limit 1`)
		},
		'/(app)/organiser/[id]': { id: activity },
		'/(app)/organiser/[id]/hours.csv': { id: activity },
		'/(app)/organiser/[id]/slots/[slotId]': { id: activity, slotId: slot },
		'/(app)/organiser/[id]/slots/[slotId]/code': { id: activity, slotId: slot },
		'/(app)/partner/statements/[id]/csv': {
			id: await first(db.sql`
				select id from settlement_statements where partner_id = ${partner} order by id limit 1`)
		},
		'/(app)/partner/statements/[id]/pdf': {
			id: await first(db.sql`
				select id from settlement_statements where partner_id = ${partner} order by id limit 1`)
		},
		'/(app)/sorting/photos/[id]': {
			id: await first(db.sql`
				select coalesce((select dropoff_id::text from sorting_photos limit 1),
					'00000000-0000-0000-0000-000000000000')`)
		},
		'/(app)/vouchers/[id]': {
			id: await first(db.sql`
				select coalesce((select id::text from vouchers where user_id = ${resident} limit 1),
					'00000000-0000-0000-0000-000000000000')`)
		},
		// The demo data has no voucher and no photo: these are refused to all.
		'/(app)/vouchers/[id]/pdf': { id: ZERO_UUID },
		'/(app)/vouchers/[id]/photos/[imageId]': { id: ZERO_UUID, imageId: ZERO_UUID },
		// The demo data has no sponsorship: an unknown receipt token is not found, for everyone.
		'/sponsor/receipts/[token]': { token: 'AAAAAAAAAAAAAAAAAAAAAA' },
		'/(app)/offers/[id]/photos/[imageId]': {
			id: await first(db.sql`select id from offers order by id limit 1`),
			imageId: ZERO_UUID
		},
		'/api/v1/council/votes/[voteId]/ballots': { voteId: vote },
		'/api/v1/council/votes/[voteId]/record': { voteId: vote },
		'/api/v1/ledger/receipts/[id]': {
			id: await first(db.sql`select id from ledger_transfers order by seq limit 1`)
		},
		'/council/[id]': {
			id: await first(db.sql`
				select id from council_proposals where state not in ('draft') order by id limit 1`)
		},
		'/council/votes/[voteId]': { voteId: vote },
		// A proposal nobody among the visitors wrote, and a photo that does not exist: refused to all.
		'/(app)/council/[id]/edit': { id: '2147483647' },
		'/council/[id]/images/[imageId]': {
			id: await first(db.sql`
				select id from council_proposals where state not in ('draft') order by id limit 1`),
			imageId: '00000000-0000-4000-8000-000000000000'
		}
	};
}
