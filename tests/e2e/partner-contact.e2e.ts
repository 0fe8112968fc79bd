import { expect, test } from '@playwright/test';
import { DEMO_COMMUNITY } from '../../seed/accounts';
import { newResident, open, register, staffState, zh } from '../helpers/e2e/app';

test('the committee sees a partner applicant’s phone masked, unmasks it with a reason, and turns the application down', async ({
	browser
}) => {
	const applicant = newResident();
	const shop = `${applicant.name}的药店`;
	const licence = `9244${applicant.phone.slice(-8)}PHONE0`;
	const masked = `${applicant.phone.slice(0, 3)}****${applicant.phone.slice(-4)}`;

	const partnerContext = await browser.newContext();
	const partner = await partnerContext.newPage();
	await register(partner, applicant);
	await open(partner, '/partners/apply');
	await partner.getByLabel(zh('redemption.apply.name')).fill(shop);
	await partner.getByLabel(zh('redemption.apply.licence')).fill(licence);
	await partner.getByLabel(zh('redemption.apply.contact')).fill(applicant.name);
	await partner.getByLabel(zh('redemption.apply.phone')).fill(applicant.phone);
	await partner.getByLabel(zh('redemption.apply.address')).fill('盐运西路2号');
	await partner.getByLabel(zh('redemption.category.haircut')).check();
	await partner.getByLabel(DEMO_COMMUNITY).first().check();
	await partner.getByRole('button', { name: zh('redemption.apply.submit') }).click();
	await expect(partner.getByRole('status').first()).toHaveText(zh('redemption.apply.done'));

	const staffContext = await browser.newContext({ storageState: staffState('committee') });
	const staff = await staffContext.newPage();
	await open(staff, '/committee/partners');
	const card = staff.getByRole('listitem').filter({ hasText: shop });
	await expect(card.getByText(`${zh('redemption.apply.phone')}: ${masked}`)).toBeVisible();
	await expect(staff.getByText(applicant.phone)).toHaveCount(0);

	await card.getByText(zh('oversight.unmask.open')).click();
	await card.getByLabel(zh('oversight.unmask.reason')).fill('打电话核实营业执照');
	await staff.screenshot({ path: 'test-results/partner-contact-masked.png', fullPage: true });
	await card
		.getByRole('button', { name: zh('oversight.unmask.openLabel', { name: shop }) })
		.click();
	const after = staff.getByRole('listitem').filter({ hasText: shop });
	await expect(
		after.getByText(`${zh('redemption.apply.phone')}: ${applicant.phone}`)
	).toBeVisible();
	await staff.screenshot({ path: 'test-results/partner-contact-unmasked.png', fullPage: true });

	// Reloading shows the masked form again: the full number was only in that one answer.
	await open(staff, '/committee/partners');
	await expect(staff.getByText(applicant.phone)).toHaveCount(0);

	// The committee turns it down with a reason, which the applicant is told and sees on the console.
	const reason = '营业执照上的地址不在本社区';
	const pending = staff.getByRole('listitem').filter({ hasText: shop });
	await pending.getByText(zh('redemption.committee.reject'), { exact: true }).first().click();
	await pending.getByLabel(zh('redemption.committee.reason'), { exact: true }).fill(reason);
	await pending.getByRole('button', { name: zh('redemption.committee.reject') }).click();
	await expect(
		staff
			.getByRole('listitem')
			.filter({ hasText: shop })
			.getByText(`${zh('redemption.committee.reject')} ✓`)
	).toBeVisible();
	await staffContext.close();

	await open(partner, '/notifications');
	await expect(
		partner.getByText(
			zh('notify.partner_rejected', { partner: shop, community: DEMO_COMMUNITY, reason })
		)
	).toBeVisible();
	await open(partner, '/partner');
	const applications = partner.getByTestId('applications');
	await expect(applications).toContainText(zh('redemption.applications.rejected'));
	await expect(applications).toContainText(zh('redemption.applications.reason', { reason }));
	await expect(partner.getByText(zh('redemption.partner.pending'))).toHaveCount(0);
	await partner.screenshot({ path: 'test-results/partner-rejected.png', fullPage: true });
	await partnerContext.close();
});
