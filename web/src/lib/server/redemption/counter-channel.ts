import type { ChannelRef } from '../../realtime/channels';
import type { ChannelAccess, ChannelUser } from '../realtime/authorize';
import { redemption } from './deps';

/** `private-partner-{id}-counter`: only that partner's staff hear its incoming redemptions. */
export async function partnerCounterAccess(
	user: ChannelUser,
	ref: ChannelRef
): Promise<ChannelAccess> {
	if (ref.kind !== 'partner-counter') return { allowed: false };
	const rows = await redemption().sql`
		select 1 from partner_staff s join partners p on p.id = s.partner_id
		where s.partner_id = ${ref.partnerId} and s.user_id = ${user.id} and p.status = 'approved'`;
	return { allowed: rows.length > 0 };
}
