import { expect, test, type Page } from '@playwright/test';
import { DEMO_PARTNER, DEMO_RESIDENT } from '../../seed/accounts';
import { open, zh } from '../helpers/e2e/app';
import { listCard, searchWithin as searchNear, signedInOnPhone } from '../helpers/e2e/near';

// The seed puts the demo community at 23.1253, 113.2695, the barber (惠民理发店, the demo
// partner's shop) about 200 m from it and the corner shop (康乐便利店) about 2.2 km away.
const BARBER_OFFER = '老人理发一次';
const SHOP_OFFER = '鸡蛋一盒（10个）';
/** Where the resident's phone says they stand: at the corner shop. */
const AT_THE_SHOP = { latitude: 23.144, longitude: 113.275 };
const OFFERS = {
	path: '/offers',
	opener: 'redemption.catalogue.find',
	submit: 'redemption.catalogue.search'
} as const;
const searchWithin = (page: Page, km: number, from: 'fromHere' | 'fromCommunity') =>
	searchNear(page, OFFERS, km, from);

test('a resident finds offers near their community, then near where they stand', async ({
	browser
}, testInfo) => {
	const resident = await signedInOnPhone(browser, DEMO_RESIDENT.phone, {
		geolocation: AT_THE_SHOP,
		permissions: ['geolocation']
	});
	await searchWithin(resident, 1, 'fromCommunity');
	await expect(resident.getByTestId('distance-origin')).toHaveText(zh('near.origin.community'));
	await expect(listCard(resident, BARBER_OFFER)).toContainText(
		zh('near.fromYourCommunity', { distance: '' })
	);
	await expect(listCard(resident, SHOP_OFFER)).toHaveCount(0);
	await resident.screenshot({ path: testInfo.outputPath('offers-within-1km.png'), fullPage: true });

	// A category keeps the distance: only haircuts, still within 1 km.
	await resident.getByRole('link', { name: zh('redemption.category.haircut') }).click();
	await expect(resident).toHaveURL(/radius=1/);
	await expect(resident).toHaveURL(/category=haircut/);
	await expect(listCard(resident, BARBER_OFFER)).toBeVisible();

	await searchWithin(resident, 3, 'fromCommunity');
	await expect(listCard(resident, SHOP_OFFER)).toContainText(
		zh('near.fromYourCommunity', { distance: zh('near.km', { value: 2.2 }) })
	);
	const titles = await resident
		.getByRole('main')
		.getByRole('listitem')
		.getByRole('heading')
		.allInnerTexts();
	expect(titles.indexOf(SHOP_OFFER)).toBeGreaterThan(titles.indexOf(BARBER_OFFER));

	// From the phone's position at the corner shop, its offers are the near ones.
	await searchWithin(resident, 1, 'fromHere');
	await expect(resident.getByTestId('distance-origin')).toHaveText(zh('near.origin.here'));
	await expect(listCard(resident, SHOP_OFFER)).toContainText(
		zh('near.fromYou', { distance: zh('near.m', { value: 50 }) })
	);
	await expect(listCard(resident, BARBER_OFFER)).toHaveCount(0);
	await resident.screenshot({ path: testInfo.outputPath('offers-near-me.png'), fullPage: true });
});

test('a resident looks at a neighbouring community’s offers', async ({ browser }) => {
	const resident = await signedInOnPhone(browser, DEMO_RESIDENT.phone);
	await open(resident, '/offers');
	await resident.getByText(zh('redemption.catalogue.find')).click();
	const community = resident.getByLabel(zh('redemption.catalogue.community'));
	const names = await community.locator('option').allInnerTexts();
	expect(names.length).toBeGreaterThan(1);
	const neighbour = names[1]!;
	await community.selectOption({ label: neighbour });
	await resident.getByRole('button', { name: zh('redemption.catalogue.search') }).click();
	await expect(resident.getByTestId('catalogue-community')).toHaveText(
		zh('redemption.catalogue.showing', { name: neighbour })
	);
	// The demo partners serve the whole street, so the same offers are there and redeemable.
	await expect(listCard(resident, BARBER_OFFER)).toBeVisible();
	await expect(resident.getByText(zh('redemption.offer.notHere'))).toHaveCount(0);
});

test('the partner’s manager puts the shop on the map', async ({ browser }, testInfo) => {
	const manager = await signedInOnPhone(browser, DEMO_PARTNER.phone);
	await open(manager, '/partner');
	await expect(manager.getByTestId('shop-current')).toContainText('113.2705');
	await manager.getByLabel(zh('near.point.latitude')).fill('91');
	await manager.getByRole('button', { name: zh('near.point.save') }).click();
	await expect(manager.getByText(zh('near.point.invalid')).first()).toBeVisible();
	// A few metres from the seeded spot, so the residents' searches above still find it.
	await manager.getByLabel(zh('near.point.latitude')).fill('23.1269');
	await manager.getByLabel(zh('near.point.longitude')).fill('113.2705');
	await manager.getByRole('button', { name: zh('near.point.save') }).click();
	await expect(manager.getByTestId('shop-current')).toHaveText(
		zh('near.point.current', { latitude: 23.1269, longitude: 113.2705 })
	);
	// The fields keep the saved point, the unchanged longitude too.
	await expect(manager.getByLabel(zh('near.point.longitude'))).toHaveValue('113.2705');
	await manager.screenshot({ path: testInfo.outputPath('shop-point.png'), fullPage: true });
});
