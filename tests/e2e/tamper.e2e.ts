import { expect, test } from '@playwright/test';
import { appDatabase } from '../helpers/e2e/app-database';
import { withCamera } from '../helpers/e2e/camera';
import { open, zh } from '../helpers/e2e/app';

/**
 * What anyone checking a receipt sees when the database was changed behind the ledger's back by
 * someone with superuser rights: a changed journal byte, and a deleted transfer. The transfer
 * tampered with is a seeded pool top-up that no other journey shows, and it is put back after.
 */
test('the public receipt check shows a changed journal entry and a transfer deleted from the ledger', async ({
	page,
	browser
}, testInfo) => {
	const sql = appDatabase();
	try {
		// A sealed entry. The seed's transfers are journaled by the worker's sweep; asking it to
		// drain now, as every new transfer does, saves waiting for the next minute.
		let id = '';
		await expect(async () => {
			await sql`select graphile_worker.add_job('ledger.journal',
				job_key => 'ledger.journal', job_key_mode => 'replace')`;
			const [row] = await sql<{ id: string }[]>`
				select e.transfer_id as id from ledger_journal_entries e
				join ledger_transfers t on t.id = e.transfer_id
				join ledger_blocks b on e.position between b.first_position and b.last_position
				where t.reference like 'community:%' order by e.position limit 1`;
			expect(row).toBeDefined();
			id = row!.id;
		}).toPass({ intervals: [500, 1000, 2000], timeout: 30_000 });

		// Untouched, it checks out; its QR, scanned by someone else's phone, opens the same check.
		await open(page, `/verify?receipt=${id}`);
		await expect(page.getByTestId('verdict')).toContainText(zh('journal.verify.verified'));
		await page.getByText(zh('journal.verify.showQr')).click();
		await expect(page.getByTestId('receipt-qr')).toBeVisible();
		const other = await (await browser.newContext()).newPage();
		await withCamera(other, `http://127.0.0.1/verify?receipt=${id}`);
		await open(other, '/verify');
		await other.getByRole('button', { name: zh('scan.start') }).click();
		await expect(other).toHaveURL(`/verify?receipt=${id}`);
		await expect(other.getByTestId('verdict')).toContainText(zh('journal.verify.verified'));
		await other.close();

		const [before] = await sql<{ payload: string }[]>`
			select payload from ledger_journal_entries where transfer_id = ${id}`;
		// One byte: the amount's first digit (the payload stays well-formed, its hash does not match).
		const changed = before!.payload.replace(
			/^\{"amount":(\d)/,
			(_, digit: string) => `{"amount":${digit === '9' ? '8' : '9'}`
		);
		expect(changed).not.toBe(before!.payload);
		await sql.begin(async (tx) => {
			await tx`set local session_replication_role = replica`;
			await tx`update ledger_journal_entries set payload = ${changed} where transfer_id = ${id}`;
		});
		try {
			await open(page, `/verify?receipt=${id}`);
			const verdict = page.getByTestId('verdict');
			await expect(verdict).toContainText(zh('journal.verify.failed'));
			await expect(verdict).toContainText(zh('journal.verify.failure.entry_hash_mismatch'));
			await page.screenshot({ path: testInfo.outputPath('tampered-entry.png'), fullPage: true });
		} finally {
			await sql.begin(async (tx) => {
				await tx`set local session_replication_role = replica`;
				await tx`update ledger_journal_entries set payload = ${before!.payload}
					where transfer_id = ${id}`;
			});
		}

		const [row] = await sql<{ row: string }[]>`
			select row_to_json(t)::text as row from ledger_transfers t where id = ${id}`;
		await sql.begin(async (tx) => {
			await tx`set local session_replication_role = replica`;
			await tx`delete from ledger_transfers where id = ${id}`;
		});
		try {
			await open(page, `/verify?receipt=${id}`);
			const verdict = page.getByTestId('verdict');
			await expect(verdict).toContainText(zh('journal.verify.failed'));
			await expect(verdict).toContainText(zh('journal.verify.missingFromLedger'));
		} finally {
			await sql.begin(async (tx) => {
				await tx`set local session_replication_role = replica`;
				await tx`insert into ledger_transfers overriding system value
					select * from json_populate_record(null::ledger_transfers, ${row!.row}::text::json)`;
			});
		}
		await open(page, `/verify?receipt=${id}`);
		await expect(page.getByTestId('verdict')).toContainText(zh('journal.verify.verified'));
	} finally {
		await sql.end();
	}
});
