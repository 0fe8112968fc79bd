/**
 * RFC 4180 CSV with a byte-order mark so spreadsheet programs read the Chinese correctly. A cell
 * starting with = + - @ is prefixed with ' so a spreadsheet never runs it as a formula.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
	const lines = [header, ...rows].map((row) => row.map(cell).join(','));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function cell(value: unknown): string {
	if (value === null || value === undefined) return '';
	let text =
		value instanceof Date
			? value.toISOString()
			: typeof value === 'object'
				? JSON.stringify(value)
				: String(value as string | number | boolean);
	if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The response headers of a CSV download named `filename`. */
export function csvHeaders(filename: string): Record<string, string> {
	return {
		'content-type': 'text/csv; charset=utf-8',
		'content-disposition': `attachment; filename="${filename}"`,
		'cache-control': 'no-store'
	};
}
