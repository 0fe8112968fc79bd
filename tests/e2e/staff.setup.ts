import { test as setup } from '@playwright/test';
import { logIn, STAFF, staffState, type StaffRole } from '../helpers/e2e/app';

// Staff answer a one-time code after their password, and a code cannot be used twice: so each
// seeded staff account logs in once per run here, and the tests reuse its session.
for (const role of Object.keys(STAFF) as StaffRole[]) {
	setup(`sign in as ${role}`, async ({ page }) => {
		await logIn(page, STAFF[role]);
		await page.context().storageState({ path: staffState(role) });
	});
}
