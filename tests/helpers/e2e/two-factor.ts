import { expect, test, type Page } from '@playwright/test';
import { generateHOTP } from '@oslojs/otp';
import { keyFromBase32, TOTP_PERIOD_SECONDS } from '../../../web/src/lib/server/totp/codes';
import { DEMO_TOTP_SECRET } from '../../../web/src/lib/server/totp/demo';
import { zh } from './text';

const demoKey = keyFromBase32(DEMO_TOTP_SECRET);

function codeForStep(step: number, key = demoKey): string {
	return generateHOTP(key, BigInt(step), 6);
}

function currentStep(): number {
	return Math.floor(Date.now() / 1000 / TOTP_PERIOD_SECONDS);
}

/** Computes the code an authenticator app would show now for a base32 key. */
export function totpNow(secret = DEMO_TOTP_SECRET, offsetSteps = 0): string {
	return codeForStep(currentStep() + offsetSteps, keyFromBase32(secret));
}

/**
 * Submits one code and reads the server's answer to this very submission: the refusal alert of
 * an earlier try may still be on screen, so waiting for "an alert" would take a code that was in
 * fact accepted for refused and then look for the form on a page that has already moved on.
 */
async function submitCode(page: Page, code: string): Promise<boolean> {
	await page.getByLabel(zh('oversight.2fa.code')).fill(code);
	const answer = page.waitForResponse(
		(r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/two-factor'
	);
	await page.getByRole('button', { name: zh('oversight.2fa.submit') }).click();
	const response = await answer;
	// The enhanced form gets `{ type: 'redirect' | 'failure', ... }`; a plain post gets a 303.
	const accepted =
		response.status() === 303 ||
		(response.ok() && ((await response.json()) as { type?: string }).type === 'redirect');
	if (accepted) await page.waitForURL((u) => !u.pathname.startsWith('/two-factor'));
	return accepted;
}

/**
 * Completes the staff two-factor step for a demo staff account (enrolled with DEMO_TOTP_SECRET
 * by `npm start`). Each code is accepted once per account (replay protection), and tests log the
 * same demo committee member in often, so this tries the current and the next code, and if both
 * were just used by another test, waits for the next 30-second step.
 */
export async function passTwoFactor(page: Page): Promise<void> {
	await expect(page).toHaveURL(/\/two-factor/);
	for (let attempt = 0; attempt < 4; attempt++) {
		const step = currentStep();
		if (await submitCode(page, codeForStep(step))) return;
		if (await submitCode(page, codeForStep(step + 1))) return;
		const wait = (step + 1) * TOTP_PERIOD_SECONDS * 1000 - Date.now() + 500;
		test.info().setTimeout(test.info().timeout + wait + 5_000);
		await page.waitForTimeout(Math.max(0, wait));
	}
	throw new Error('two-factor codes kept being refused');
}

/** After a login form was submitted: passes two-factor if the app asks for it. */
export async function passTwoFactorIfAsked(page: Page): Promise<void> {
	await page.waitForURL((u) => u.pathname !== '/login');
	if (new URL(page.url()).pathname.startsWith('/two-factor')) await passTwoFactor(page);
}
