import { error } from '@sveltejs/kit';
import { requireUser, type AccessUser } from '../access/guards';
import { redemption } from './deps';
import { membershipsOf, type StaffMembership } from './partners.service';

/**
 * The signed-in user's partner (the first, if they work for several) or 403. Staff of a partner
 * that is not approved yet may see the console but not the counter or statements.
 */
export async function requirePartnerStaff(
	locals: App.Locals,
	url: URL,
	options: { manager?: boolean; approved?: boolean } = {}
): Promise<{ user: AccessUser; membership: StaffMembership }> {
	const user = requireUser(locals, url);
	const [membership] = await membershipsOf(redemption(), user.id);
	if (!membership) error(403, { message: 'Forbidden', code: 'forbidden' });
	if (options.manager && !membership.isManager) {
		error(403, { message: 'Forbidden', code: 'forbidden' });
	}
	if (options.approved && membership.partnerStatus !== 'approved') {
		error(403, { message: 'Forbidden', code: 'forbidden' });
	}
	return { user, membership };
}
