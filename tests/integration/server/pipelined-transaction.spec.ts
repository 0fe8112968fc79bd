import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../db/client';
import { pipelinedTransaction } from '../../../web/src/lib/server/pipelined-transaction';
import { createTestDatabase } from '../../helpers/db';

// One connection, so every test also shows that the connection comes back to the pool usable.
const db = await createTestDatabase({ max: 1 });
const { sql } = db;

beforeAll(async () => {
	await sql`create table pipelined (id int primary key, note text not null)`;
});

const ids = async () =>
	(await sql<{ id: number }[]>`select id from pipelined order by id`).map((r) => r.id);

describe('a pipelined transaction', () => {
	it('should commit the writes sent with its COMMIT', async () => {
		const result = await pipelinedTransaction(sql, async (tx, commit) => {
			const [[row]] = await Promise.all([
				tx<{ n: number }[]>`select count(*)::int as n from pipelined`.execute(),
				tx`insert into pipelined values (1, 'first')`.execute()
			]);
			await Promise.all([tx`insert into pipelined values (2, 'second')`.execute(), commit()]);
			return row?.n;
		});
		expect(result).toBe(0);
		expect(await ids()).toEqual([1, 2]);
	});

	it('should roll everything back when a write sent with COMMIT fails, and say why', async () => {
		const attempt = pipelinedTransaction(sql, async (tx, commit) => {
			await tx`insert into pipelined values (3, 'kept only if all succeed')`.execute();
			await Promise.all([tx`insert into pipelined values (1, 'taken')`.execute(), commit()]);
		});
		await expect(attempt).rejects.toMatchObject({ code: '23505' });
		expect(await ids()).toEqual([1, 2]);
	});

	it('should roll back when the body throws before committing', async () => {
		const attempt = pipelinedTransaction(sql, async (tx) => {
			await tx`insert into pipelined values (4, 'never')`.execute();
			throw new Error('decided against it');
		});
		await expect(attempt).rejects.toThrow('decided against it');
		expect(await ids()).toEqual([1, 2]);
	});

	it('should commit when the body returns without committing', async () => {
		await pipelinedTransaction(sql, async (tx) => {
			await tx`insert into pipelined values (5, 'committed afterwards')`.execute();
		});
		expect(await ids()).toEqual([1, 2, 5]);
	});

	it('should be one transaction: others see its writes only once it has committed', async () => {
		const outside = createDb(db.url, { max: 1 });
		afterAll(() => outside.close());
		const count = async () =>
			(await outside.sql<{ n: number }[]>`select count(*)::int as n from pipelined`)[0]?.n;
		const seen: (number | undefined)[] = [];
		await pipelinedTransaction(sql, async (tx, commit) => {
			await tx`insert into pipelined values (6, 'not yet')`.execute();
			seen.push(await count());
			await commit();
			seen.push(await count());
		});
		expect(seen).toEqual([3, 4]);
	});
});
