import { error } from '@sveltejs/kit';
import { redemption } from '$lib/server/redemption/deps';
import { requirePartnerStaff } from '$lib/server/redemption/partner-access';
import { statementById, statementLines } from '$lib/server/redemption/settlement.service';

/** The statement and its lines, for the partner's own managers only (404 for anyone else's). */
export async function ownStatement(locals: App.Locals, url: URL, id: string) {
	const { membership } = await requirePartnerStaff(locals, url, { manager: true, approved: true });
	const statement = await statementById(redemption(), Number(id) || 0);
	if (!statement || statement.partnerId !== membership.partnerId) {
		error(404, { message: 'Not found', code: 'not_found' });
	}
	return { statement, lines: await statementLines(redemption(), statement.id) };
}
