import { expect, type BrowserContext, type Page } from '@playwright/test';
import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
	DEMO_ADMIN,
	DEMO_AUDITOR,
	DEMO_COMMITTEE,
	DEMO_COMMUNITY,
	DEMO_INSPECTOR,
	DEMO_ORGANISER,
	DEMO_PARTNER,
	DEMO_PASSWORD,
	DEMO_RESIDENT
} from '../../../seed/accounts';
import { zh } from './text';
import { passTwoFactor } from './two-factor';

export { en, zh } from './text';

const withoutJs = new WeakSet<Page>();

/** Tells the helpers that this page runs no JavaScript, so there is no hydration to wait for. */
export function markWithoutJs(page: Page): void {
	withoutJs.add(page);
}

/** Waits until the page's JavaScript has taken over (the root layout marks `<html>`). */
export async function ready(page: Page): Promise<void> {
	if (withoutJs.has(page)) return;
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** Goes to a path and waits until it is interactive. */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await ready(page);
}

export interface NewResident {
	phone: string;
	name: string;
	password: string;
}

/** A resident nobody has registered yet: a fresh 139… number and a name to find them by. */
export function newResident(): NewResident {
	const digits = String(randomInt(0, 100_000_000)).padStart(8, '0');
	return { phone: `139${digits}`, name: `测试居民${digits.slice(-4)}`, password: 'Qingshan-lu-88' };
}

/** Registers through the form and waits for the signed-in home page. */
export async function register(page: Page, resident: NewResident): Promise<void> {
	await open(page, '/register');
	await page.getByLabel(zh('auth.field.login')).fill(resident.phone);
	await page.getByLabel(zh('auth.field.displayName')).fill(resident.name);
	await page.getByLabel(zh('auth.field.community')).selectOption({ label: DEMO_COMMUNITY });
	await page.getByLabel(zh('auth.field.password')).fill(resident.password);
	await page.getByRole('button', { name: zh('auth.register.submit') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		zh('home.greeting', { name: resident.name })
	);
}

/** Fills the login form on the current page (already at /login, maybe with a redirectTo). */
export async function submitLogin(page: Page, login: string, password = DEMO_PASSWORD) {
	await ready(page);
	await page.getByLabel(zh('auth.field.login')).fill(login);
	await page.getByLabel(zh('auth.field.password')).fill(password);
	await page
		.getByRole('main')
		.getByRole('button', { name: zh('auth.login.submit') })
		.click();
}

/**
 * Logs in through the form, answering the two-step check if the account is staff, and waits for
 * the home page. For the seeded committee and admin accounts use `staffState` instead.
 */
export async function logIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
	await open(page, '/login');
	await submitLogin(page, login, password);
	await expect(page).toHaveURL(/\/(two-factor)?(\?|$)/);
	if (new URL(page.url()).pathname === '/two-factor') await passTwoFactor(page);
	await expect(page).toHaveURL('/');
	// The home page may arrive as a full load: tests that press keys need its handlers attached.
	await ready(page);
}

/** Seeded staff whose signed-in sessions the setup project saves once per run. */
export const STAFF = {
	committee: DEMO_COMMITTEE.phone,
	admin: DEMO_ADMIN.phone,
	partner: DEMO_PARTNER.phone,
	auditor: DEMO_AUDITOR.phone
} as const;
export type StaffRole = keyof typeof STAFF;

/**
 * Seeded residents and helpers whose sessions the setup project saves too: every login counts
 * against the app's per-address login limit (60 in 5 minutes), which the whole suite shares.
 */
export const DEMO_SESSIONS = {
	resident: DEMO_RESIDENT.phone,
	inspector: DEMO_INSPECTOR.phone,
	organiser: DEMO_ORGANISER.phone
} as const;
export type DemoRole = keyof typeof DEMO_SESSIONS;

/** Where the setup project keeps a saved session's cookies; pass it to `browser.newContext`. */
export function staffState(role: StaffRole | DemoRole): string {
	const port = process.env.LINLI_E2E_PORT ?? 'default';
	return `.data/e2e-${port}/auth/${role}.json`;
}

/** Signs `page` in as a seeded staff member with the session the setup project saved. */
export async function asStaff(page: Page, role: StaffRole): Promise<void> {
	const state = JSON.parse(await readFile(staffState(role), 'utf8')) as {
		cookies: Parameters<BrowserContext['addCookies']>[0];
	};
	await page.context().addCookies(state.cookies);
}

export async function logOut(page: Page): Promise<void> {
	await page.goto('/logout');
	await page
		.getByRole('main')
		.getByRole('button', { name: zh('auth.logout.submit') })
		.click();
	await expect(page).toHaveURL(/\/login$/);
}
