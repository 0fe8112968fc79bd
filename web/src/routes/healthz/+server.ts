import { json } from '@sveltejs/kit';
import { database } from '$lib/server/context';
import { healthReport } from '$lib/server/health';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const report = await healthReport(database().sql);
	return json(report, { status: report.status === 'ok' ? 200 : 503 });
};
