import type { AccountKind, Asset } from '$core/ledger';
import type { MessageKey } from '$lib/i18n';
import type { Worded } from './words';

/**
 * The transfer kinds the features write, in the order the history filter offers them. A kind
 * missing here still shows, as "其他", so a new feature never breaks the wallet.
 */
export const KNOWN_KINDS = [
	'volunteer.hours',
	'volunteer.points',
	'mutual_aid',
	'sorting.reward',
	'council.vote',
	'council.accepted',
	'council.passed',
	'redeem.hold',
	'redeem.capture',
	'redeem.void',
	'donation.care_pool',
	'donation.hold',
	'donation.capture',
	'donation.void',
	'care_pool.grant',
	'sponsor.fund',
	'settlement',
	'adjustment'
] as const;

export type KnownKind = (typeof KNOWN_KINDS)[number];

export function isKnownKind(value: unknown): value is KnownKind {
	return typeof value === 'string' && (KNOWN_KINDS as readonly string[]).includes(value);
}

/** What an entry was, in plain words. A reversal reads as a correction whatever its kind. */
export function kindLabel(kind: string, reversesId: string | null = null): MessageKey {
	if (reversesId !== null) return 'wallet.kind.reversal';
	return isKnownKind(kind) ? `wallet.kind.${kind}` : 'wallet.kind.other';
}

/** The other side of an entry, as the ledger knows it; `name` is looked up for people and partners. */
export interface CounterpartFacts {
	ownerType: string;
	accountKind: AccountKind | string;
	asset: Asset;
	/** A resident's display name or a partner's business name; never a phone number. */
	name: string | null;
}

/**
 * Who the other side was, in the words a resident uses: 社区时间银行, 积分池, the partner's name,
 * or "邻居 王秀英". Personal data beyond a display name never reaches the page.
 */
export function counterpartWords(c: CounterpartFacts): Worded {
	switch (c.accountKind) {
		case 'community_issuance':
			return {
				key:
					c.asset === 'HOUR'
						? 'wallet.counterpart.hourIssuance'
						: 'wallet.counterpart.pointIssuance'
			};
		case 'community_pool':
			return { key: 'wallet.counterpart.pool' };
		case 'care_pool':
			return { key: 'wallet.counterpart.carePool' };
		case 'sponsor_funding':
			return { key: 'wallet.counterpart.sponsor' };
		case 'platform_settlement':
			return { key: 'wallet.counterpart.platform' };
		case 'partner_receivable':
			return c.name
				? { key: 'wallet.counterpart.named', params: { name: c.name } }
				: { key: 'wallet.counterpart.partner' };
		case 'resident':
			return c.name
				? { key: 'wallet.counterpart.resident', params: { name: c.name } }
				: { key: 'wallet.counterpart.someone' };
		default:
			return { key: 'wallet.counterpart.other' };
	}
}
