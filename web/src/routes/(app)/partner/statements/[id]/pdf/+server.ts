import { statementPdf } from '$lib/server/redemption/statement-document';
import { ownStatement } from '../statement-download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { statement, lines } = await ownStatement(locals, url, params.id);
	const pdf = await statementPdf(statement, lines, locals.locale);
	return new Response(Buffer.from(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="statement-${statement.id}.pdf"`
		}
	});
};
