import { test as setup } from '@playwright/test';
import { DEMO_SESSIONS, logIn, STAFF, staffState } from '../helpers/e2e/app';

// Staff answer a one-time code after their password, and a code cannot be used twice; and every
// login counts against the app's per-address login limit. So each seeded staff account, and the
// demo resident, inspector and organiser, log in once per run here, and tests reuse the session.
const sessions = { ...STAFF, ...DEMO_SESSIONS };
for (const [role, login] of Object.entries(sessions) as [keyof typeof sessions, string][]) {
	setup(`sign in as ${role}`, async ({ page }) => {
		await logIn(page, login);
		await page.context().storageState({ path: staffState(role) });
	});
}
