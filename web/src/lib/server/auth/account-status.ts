import { eq } from 'drizzle-orm';
import { users } from '../../../../../db/schema';
import type { Executor } from './db';
import { invalidateUserSessions } from './session';

/**
 * Disables an account and ends all its sessions at once, in one transaction, so a disabled
 * person is logged out everywhere. (Session validation also refuses disabled accounts.)
 */
export async function disableUser(
	db: Executor,
	input: { userId: number; byUserId: number; reason: string },
	now: Date
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx
			.update(users)
			.set({
				status: 'disabled',
				statusReason: input.reason,
				statusChangedAt: now,
				statusChangedBy: input.byUserId
			})
			.where(eq(users.id, input.userId));
		await invalidateUserSessions(tx, input.userId);
	});
}
