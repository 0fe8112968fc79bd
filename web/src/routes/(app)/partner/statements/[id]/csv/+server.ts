import { statementCsv } from '$lib/server/redemption/statement-document';
import { ownStatement } from '../statement-download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { statement, lines } = await ownStatement(locals, url, params.id);
	return new Response(statementCsv(statement, lines), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="statement-${statement.id}.csv"`
		}
	});
};
