import { expect, test, type Page } from '@playwright/test';
import { randomInt } from 'node:crypto';
import { DEMO_ORGANISER, DEMO_RESIDENT } from '../../seed/accounts';
import { open, zh } from '../helpers/e2e/app';
import { listCard, searchWithin as searchNear, signedInOnPhone } from '../helpers/e2e/near';
import { beijing } from '../helpers/e2e/timebank';

// The seed puts the demo community at 23.1253, 113.2695 with two activities within a kilometre
// of it (陪独居老人聊天散步, 楼道卫生大扫除) and one about 2 km away (教老人用智能手机).
const NEAR_COMMUNITY = ['陪独居老人聊天散步', '楼道卫生大扫除'];
const FAR_FROM_COMMUNITY = '教老人用智能手机';
/** Where the resident's phone says they stand: next to the far one. */
const BY_THE_FAR_ONE = { latitude: 23.1421, longitude: 113.2801 };
const ACTIVITIES = {
	path: '/activities',
	opener: 'tb.find.title',
	submit: 'tb.find.submit'
} as const;
const searchWithin = (page: Page, km: number, from: 'fromHere' | 'fromCommunity') =>
	searchNear(page, ACTIVITIES, km, from);

test('a resident lists their skills, finds matching activities near where they stand, and the organiser sees a skilled volunteer', async ({
	browser
}, testInfo) => {
	test.setTimeout(90_000);
	const title = `陪老人下棋${randomInt(0, 1_000_000)}`;
	const organiser = await signedInOnPhone(browser, DEMO_ORGANISER.phone);
	await open(organiser, '/organiser/new');
	await organiser.getByLabel(zh('tb.org.titleField')).fill(title);
	await organiser.getByLabel(zh('tb.org.categoryField')).fill('助老');
	await organiser.getByRole('checkbox', { name: zh('tb.skill.company') }).check();
	await organiser.getByLabel(zh('tb.org.placeField')).fill('党群服务中心门口');
	await organiser.getByLabel(zh('tb.org.latitude')).fill(String(BY_THE_FAR_ONE.latitude));
	await organiser.getByLabel(zh('tb.org.longitude')).fill(String(BY_THE_FAR_ONE.longitude));
	await organiser.getByLabel(zh('tb.org.start')).fill(beijing(24 * 60));
	await organiser.getByLabel(zh('tb.org.end')).fill(beijing(25 * 60));
	await organiser.getByLabel(zh('tb.org.creditHours')).fill('60');
	await organiser.getByLabel(zh('tb.org.deadline')).fill(beijing(23 * 60));
	await organiser.getByRole('button', { name: zh('tb.org.publishNow') }).click();
	await expect(organiser.getByRole('heading', { level: 1 })).toHaveText(title);
	const activityUrl = new URL(organiser.url()).pathname;

	const resident = await signedInOnPhone(browser, DEMO_RESIDENT.phone, {
		geolocation: BY_THE_FAR_ONE,
		permissions: ['geolocation']
	});
	await open(resident, '/account');
	await resident.getByRole('link', { name: zh('tb.mySkills.link') }).click();
	await resident.getByRole('checkbox', { name: zh('tb.skill.company') }).check();
	await resident.getByRole('checkbox', { name: zh('tb.skill.phone_help') }).check();
	await resident
		.getByRole('main')
		.getByRole('button', { name: zh('tb.mySkills.save') })
		.click();
	await expect(resident.getByText(zh('tb.mySkills.saved'))).toBeVisible();
	await resident.screenshot({ path: testInfo.outputPath('my-skills.png'), fullPage: true });
	await resident.reload();
	await expect(resident.getByRole('checkbox', { name: zh('tb.skill.company') })).toBeChecked();
	await expect(resident.getByRole('checkbox', { name: zh('tb.skill.cooking') })).not.toBeChecked();

	// Matching my skills: the new activity and the seeded chat and phone ones, not the clean-up.
	await resident.getByRole('link', { name: zh('tb.mySkills.findMatching') }).click();
	await expect(listCard(resident, title)).toContainText(zh('tb.match.badge'));
	await expect(listCard(resident, NEAR_COMMUNITY[0] ?? '')).toContainText(zh('tb.skill.company'));
	await expect(listCard(resident, FAR_FROM_COMMUNITY)).toContainText(zh('tb.skill.phone_help'));
	await expect(listCard(resident, NEAR_COMMUNITY[1] ?? '')).toHaveCount(0);

	// Within 1 km of where the phone is: the new activity and the far one, nearest first.
	await searchWithin(resident, 1, 'fromHere');
	await expect(resident.getByTestId('distance-origin')).toHaveText(zh('near.origin.here'));
	const here = zh('near.fromYou', { distance: zh('near.m', { value: 50 }) });
	await expect(listCard(resident, title)).toContainText(here);
	await expect(listCard(resident, FAR_FROM_COMMUNITY)).toContainText(
		zh('near.fromYou', { distance: '' }).trim()
	);
	for (const t of NEAR_COMMUNITY) await expect(listCard(resident, t)).toHaveCount(0);
	await resident.screenshot({ path: testInfo.outputPath('near-me.png'), fullPage: true });

	await listCard(resident, title).getByRole('link', { name: title }).click();
	await expect(resident.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(resident.getByText(zh('tb.match.badge'))).toBeVisible();
	await resident.getByRole('button', { name: zh('tb.slot.signUp') }).click();
	await expect(resident.getByText(zh('tb.signup.signed_up'))).toBeVisible();

	await open(organiser, activityUrl);
	await expect(organiser.getByTestId('skilled')).toHaveText(zh('tb.org.skilled', { count: 1 }));
});

test('when the phone refuses its position, distance is measured from the community', async ({
	browser
}) => {
	const resident = await signedInOnPhone(browser, DEMO_RESIDENT.phone);
	await searchWithin(resident, 1, 'fromHere');
	await expect(resident.getByTestId('distance-origin')).toHaveText(zh('near.origin.fallback'));
	for (const t of NEAR_COMMUNITY) {
		await expect(listCard(resident, t)).toContainText(
			zh('near.fromYourCommunity', { distance: '' })
		);
	}
	await expect(listCard(resident, FAR_FROM_COMMUNITY)).toHaveCount(0);
});

test('without JavaScript the distance search works from the community', async ({ browser }) => {
	const resident = await signedInOnPhone(browser, DEMO_RESIDENT.phone, {
		javaScriptEnabled: false
	});
	await searchWithin(resident, 3, 'fromCommunity');
	await expect(resident.getByTestId('distance-origin')).toHaveText(zh('near.origin.community'));
	const titles = await resident
		.getByRole('main')
		.getByRole('listitem')
		.getByRole('heading')
		.allInnerTexts();
	// Nearest first: both near ones before the one about 2 km away.
	expect(titles.indexOf(FAR_FROM_COMMUNITY)).toBeGreaterThan(
		titles.indexOf(NEAR_COMMUNITY[0] ?? '')
	);
	expect(titles.indexOf(FAR_FROM_COMMUNITY)).toBeGreaterThan(
		titles.indexOf(NEAR_COMMUNITY[1] ?? '')
	);
	await expect(listCard(resident, FAR_FROM_COMMUNITY)).toContainText(
		zh('near.fromYourCommunity', { distance: zh('near.km', { value: 2.1 }) })
	);
});
