import { z } from 'zod';
import { dayRange, KNOWN_KINDS } from '$lib/domain/wallet';
import type { MessageKey } from '$lib/i18n';
import type { WalletFilter, WalletHistoryPage } from './types';

const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

/** The wallet's GET filter form: ?asset=HOUR&kind=mutual_aid&from=2026-06-01&to=2026-06-30&cursor=812 */
export const filterSchema = z.object({
	asset: optional(z.enum(['HOUR', 'POINT'])),
	kind: optional(
		z
			.string()
			.max(60)
			.regex(/^[a-z_.]+$/)
	),
	from: optional(z.string().max(10)),
	to: optional(z.string().max(10)),
	cursor: optional(z.coerce.number().int().positive())
});

/** What the form shows again: the choices exactly as the person made them. */
export interface FilterValues {
	asset: string;
	kind: string;
	from: string;
	to: string;
}

export interface ReadFilter {
	filter: WalletFilter;
	values: FilterValues;
	/** Why the filter could not be used; the page says so instead of showing a wrong list. */
	error: MessageKey | null;
}

/**
 * Reads the filter from the address. A malformed asset, kind or cursor (a hand-edited link) is
 * dropped quietly; a date that is not a real day, or a range ending before it starts, is told.
 */
export function readFilter(params: URLSearchParams): ReadFilter {
	const raw = Object.fromEntries(
		['asset', 'kind', 'from', 'to', 'cursor'].map((k) => [k, params.get(k) ?? ''])
	);
	const values: FilterValues = { asset: raw.asset!, kind: raw.kind!, from: raw.from!, to: raw.to! };
	// Field by field, so one bad field does not drop the others.
	const fields = filterSchema.shape;
	const data = {
		asset: fields.asset.safeParse(raw.asset).data,
		kind: fields.kind.safeParse(raw.kind).data,
		cursor: fields.cursor.safeParse(raw.cursor).data
	};
	const range = dayRange(raw.from || undefined, raw.to || undefined);
	if (!range.ok) {
		const error =
			range.error === 'invalid_range' ? 'wallet.filter.error.range' : 'wallet.filter.error.date';
		return { filter: {}, values, error };
	}
	return {
		filter: {
			...(data.asset && { asset: data.asset }),
			...(data.kind && { kind: data.kind }),
			...range.value,
			...(data.cursor && { cursor: data.cursor })
		},
		values: {
			asset: data.asset ?? '',
			kind: data.kind ?? '',
			from: raw.from!,
			to: raw.to!
		},
		error: null
	};
}

/**
 * The history part of every wallet page (the resident's own, a resident's seen by the committee,
 * a community account): the filter read from the address, the page it selects (none when the
 * filter is wrong, which the page then explains), and the form's choices.
 */
export async function filteredHistory(
	params: URLSearchParams,
	read: (filter: WalletFilter) => Promise<WalletHistoryPage>
) {
	const { filter, values, error } = readFilter(params);
	const history: WalletHistoryPage = error ? { items: [], nextCursor: null } : await read(filter);
	return {
		history,
		filter: values,
		filterError: error,
		paged: filter.cursor != null,
		kinds: KNOWN_KINDS
	};
}
