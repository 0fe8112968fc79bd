import { expect, test } from '@playwright/test';
import { PostingService } from '../../web/src/lib/server/ledger/posting.service';
import { newResident, open, register, staffState, zh } from '../helpers/e2e/app';
import { appDatabase } from '../helpers/e2e/app-database';

// A real number's shape: 18 characters, its last one the ISO 7064 MOD 11-2 check character.
const ID_NUMBER = '11010519491231002X';
const MISTYPED = '11010519491231003X';

/** Welcome points for the new resident through the posting service, as the seed gives them. */
async function givePoints(phoneSuffix: string, name: string): Promise<void> {
	const sql = appDatabase();
	try {
		const [user] = await sql<{ id: number; communityId: number }[]>`
			select id, community_id as "communityId" from users where display_name = ${name}`;
		if (!user) throw new Error(`no resident ${name}`);
		const posting = new PostingService(sql);
		const from = await posting.ensureAccount({
			ownerType: 'community',
			ownerId: user.communityId,
			asset: 'POINT',
			kind: 'community_issuance'
		});
		const to = await posting.ensureAccount({
			ownerType: 'user',
			ownerId: user.id,
			asset: 'POINT',
			kind: 'resident'
		});
		if (!from.ok || !to.ok) throw new Error('cannot open the accounts');
		const posted = await posting.transfer({
			idempotencyKey: `e2e/id-number/welcome:${phoneSuffix}`,
			kind: 'adjustment',
			reference: `e2e/welcome/user:${user.id}`,
			actorId: 0,
			debitAccountId: from.value.id,
			creditAccountId: to.value.id,
			asset: 'POINT',
			amount: 2000
		});
		if (!posted.ok) throw new Error(posted.error);
	} finally {
		await sql.end();
	}
}

test('the committee types the ID number while verifying; the partner counter sees it masked', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const person = newResident();
	const residentContext = await browser.newContext();
	const resident = await residentContext.newPage();
	await register(resident, person);

	// The committee verifies them, typing the number from the ID card; a slip is caught first.
	const staffContext = await browser.newContext({ storageState: staffState('committee') });
	const staff = await staffContext.newPage();
	await open(staff, '/committee');
	const card = staff.getByRole('listitem').filter({ hasText: person.name });
	await card.getByLabel(zh('idNumber.optional')).fill(MISTYPED);
	const approve = card.getByRole('button', {
		name: zh('committee.approveLabel', { name: person.name }),
		exact: true
	});
	await approve.click();
	await expect(card.getByRole('alert')).toHaveText(zh('idNumber.error.bad_check_digit'));
	await staff.screenshot({ path: `test-results/id-number-mistyped.png`, fullPage: true });
	await card.getByLabel(zh('idNumber.optional')).fill(ID_NUMBER.toLowerCase());
	await approve.click();
	await expect(staff.getByRole('status')).toHaveText(
		zh('committee.approved', { name: person.name })
	);

	// The committee's resident search shows it masked, like the phone.
	await open(staff, `/committee/accounts?q=${encodeURIComponent(person.name)}`);
	await expect(staff.getByTestId('masked-id-number')).toHaveText(
		`${zh('idNumber.label')} 1101**********002X`
	);
	await expect(staff.getByText(ID_NUMBER)).toHaveCount(0);

	// The resident sees their own number masked on their personal data page.
	await open(resident, '/account/data');
	await expect(resident.getByTestId('own-id-number')).toHaveText(
		zh('idNumber.onFile', { masked: '1101**********002X' })
	);

	// They redeem an offer, and the partner's counter shows the number masked, never whole.
	await givePoints(person.phone.slice(-8), person.name);
	await open(resident, '/offers');
	await resident
		.getByRole('listitem')
		.filter({ hasText: '老人理发一次' })
		.getByRole('link', { name: zh('redemption.offers.show') })
		.click();
	await resident.getByRole('button', { name: zh('redemption.offer.redeem') }).click();
	const code = (await resident.getByTestId('voucher-code').innerText()).replace(/\s/g, '');

	// The session the setup project saved: a fresh login would spend a two-factor code.
	const partnerContext = await browser.newContext({ storageState: staffState('partner') });
	const partner = await partnerContext.newPage();
	await open(partner, '/partner/counter');
	await partner.getByLabel(zh('redemption.counter.code')).fill(code);
	await partner.getByRole('button', { name: zh('redemption.counter.check') }).click();
	await expect(partner.getByTestId('resident-id-number')).toHaveText('1101**********002X');
	await expect(partner.getByText(ID_NUMBER)).toHaveCount(0);
	await partner.screenshot({ path: `test-results/id-number-counter.png`, fullPage: true });

	await Promise.all([residentContext.close(), staffContext.close(), partnerContext.close()]);
});
