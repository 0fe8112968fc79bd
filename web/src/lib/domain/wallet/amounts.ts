import type { Asset } from '$core/ledger';
import type { Worded } from './words';

/** The sign shown before an amount; U+2212 reads as a real minus, not a hyphen. */
export type Sign = '+' | '−' | '';

/** Whole hours and the minutes left over, of the absolute value (the sign is shown apart). */
export function splitMinutes(total: number): { hours: number; minutes: number } {
	const abs = Math.abs(Math.trunc(total));
	return { hours: Math.floor(abs / 60), minutes: abs % 60 };
}

/**
 * Minutes in the words people use: "3 小时 30 分钟", "2 小时", "45 分钟". Zero reads as
 * "0 小时". Negative values are worded by their size; callers show the sign.
 */
export function durationWords(minutes: number): Worded {
	const { hours, minutes: rest } = splitMinutes(minutes);
	if (rest === 0) return { key: 'wallet.amount.h', params: { hours } };
	if (hours === 0) return { key: 'wallet.amount.m', params: { minutes: rest } };
	return { key: 'wallet.amount.hm', params: { hours, minutes: rest } };
}

/** An amount of either asset as words: hours from integer minutes, points as a count. */
export function amountWords(asset: Asset, amount: number): Worded {
	if (asset === 'HOUR') return durationWords(amount);
	return { key: 'wallet.amount.points', params: { points: Math.abs(Math.trunc(amount)) } };
}

/** The sign of a balance: only a negative one gets one ("−2 小时" after using credit). */
export function balanceSign(amount: number): Sign {
	return amount < 0 ? '−' : '';
}
