import { expect, test } from '@playwright/test';
import { DEMO_RESIDENT } from '../../seed/accounts';
import { logIn, logOut, open, submitLogin, zh } from '../helpers/e2e/app';
import { totpNow } from '../helpers/e2e/two-factor';

// A partner manager in the demo data who is not enrolled in advance (only the demo logins are):
// partner managers must use two-factor, so the first login leads to enrolment.
const MANAGER = '13800000020';

test.describe('staff two-factor', () => {
	test('a partner manager enrols on first login, then signs in with a code or a recovery code', async ({
		page
	}) => {
		await open(page, '/login');
		await submitLogin(page, MANAGER);
		await expect(page).toHaveURL(/\/two-factor/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			zh('oversight.2fa.setupTitle')
		);
		await expect(page.getByRole('img', { name: zh('oversight.2fa.qrAlt') })).toBeVisible();
		const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
		expect(secret).toMatch(/^[A-Z2-7]{32}$/);

		await page
			.getByLabel(zh('oversight.2fa.code'))
			.fill('000000' === totpNow(secret) ? '111111' : '000000');
		await page.getByRole('button', { name: zh('oversight.2fa.enable') }).click();
		await expect(page.getByRole('alert')).toHaveText(zh('oversight.2fa.wrongCode'));

		await page.getByLabel(zh('oversight.2fa.code')).fill(totpNow(secret));
		await page.getByRole('button', { name: zh('oversight.2fa.enable') }).click();
		const codes = page
			.getByRole('list', { name: zh('oversight.2fa.recoveryTitle') })
			.locator('code');
		await expect(codes).toHaveCount(10);
		const recovery = (await codes.first().textContent()) ?? '';
		await page.getByRole('link', { name: zh('oversight.2fa.continue') }).click();
		await expect(page).toHaveURL('/');

		// Next login: the password alone is not enough; the next code (the last one is spent) is.
		await logOut(page);
		await open(page, '/partner');
		await submitLogin(page, MANAGER);
		await expect(page).toHaveURL(/\/two-factor\?redirectTo=%2Fpartner/);
		await open(page, '/partner');
		await expect(page).toHaveURL(/\/two-factor/);
		await page.getByLabel(zh('oversight.2fa.code')).fill(totpNow(secret, 1));
		await page.getByRole('button', { name: zh('oversight.2fa.submit') }).click();
		await expect(page).toHaveURL('/partner');

		// And with a recovery code, once.
		await logOut(page);
		await open(page, '/login');
		await submitLogin(page, MANAGER);
		await page.getByRole('link', { name: zh('oversight.2fa.useRecovery') }).click();
		await page.getByLabel(zh('oversight.2fa.recoveryCode')).fill(recovery);
		await page.getByRole('button', { name: zh('oversight.2fa.submit') }).click();
		await expect(page).toHaveURL('/');
	});

	test('residents are not asked for a code, and pages carry a strict CSP', async ({ page }) => {
		const response = await page.goto('/login');
		const csp = response?.headers()['content-security-policy'] ?? '';
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
		expect(response?.headers()['x-content-type-options']).toBe('nosniff');
		await logIn(page, DEMO_RESIDENT.phone);
		await expect(page).toHaveURL('/');
	});
});
