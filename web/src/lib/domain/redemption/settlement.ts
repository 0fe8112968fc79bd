/**
 * Settlement arithmetic. Points and cents are integers throughout; the only division is
 * points → cents, and its rounding is explicit: half up, applied once to a statement's total so
 * that the money paid equals the points captured at the rate, to the nearest cent.
 */
export type SettlementPeriod = 'weekly' | 'monthly';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

function assertCount(n: number, what: string, min = 0): void {
	if (!Number.isSafeInteger(n) || n < min) throw new Error(`${what} must be an integer ≥ ${min}`);
}

/**
 * Cents for `points` at `pointsPerYuan` (100 points = ¥1 means pointsPerYuan = 100), rounded
 * half up. Integer only: cents = (points × 100 × 2 + pointsPerYuan) ÷ (2 × pointsPerYuan).
 */
export function pointsToCents(points: number, pointsPerYuan: number): number {
	assertCount(points, 'points');
	assertCount(pointsPerYuan, 'pointsPerYuan', 1);
	const numerator = BigInt(points) * 200n + BigInt(pointsPerYuan);
	return Number(numerator / (2n * BigInt(pointsPerYuan)));
}

/**
 * Points a sponsor's payment buys, rounded down: the pool never gets a point that was not paid
 * for. cents × pointsPerYuan ÷ 100.
 */
export function centsToPoints(cents: number, pointsPerYuan: number): number {
	assertCount(cents, 'cents');
	assertCount(pointsPerYuan, 'pointsPerYuan', 1);
	return Number((BigInt(cents) * BigInt(pointsPerYuan)) / 100n);
}

export interface StatementLine {
	voucherId: string;
	points: number;
}

export interface StatementTotals {
	points: number;
	cents: number;
	lines: number;
}

/** A statement's totals: the cents are computed from the summed points, not summed per line. */
export function statementTotals(
	lines: readonly StatementLine[],
	pointsPerYuan: number
): StatementTotals {
	let points = 0;
	for (const line of lines) {
		assertCount(line.points, 'line points', 1);
		points += line.points;
	}
	return { points, cents: pointsToCents(points, pointsPerYuan), lines: lines.length };
}

/** '¥12.34' from 1234 cents, without floating point. */
export function formatYuan(cents: number): string {
	assertCount(cents, 'cents');
	return `¥${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

export interface Period {
	/** First day, 'YYYY-MM-DD', China time. */
	start: string;
	/** Last day, inclusive. */
	end: string;
	/** The instants bounding the period: [from, to). */
	from: Date;
	to: Date;
}

function chinaDay(d: Date): Date {
	const shifted = new Date(d.getTime() + CHINA_OFFSET_MS);
	return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The period containing `at`: weeks run Monday to Sunday, months from the 1st, both in China
 * time, so a redemption at 23:30 on the last evening of a month belongs to that month.
 */
export function periodContaining(at: Date, period: SettlementPeriod): Period {
	const day = chinaDay(at);
	let first: Date;
	let next: Date;
	if (period === 'weekly') {
		const sinceMonday = (day.getUTCDay() + 6) % 7;
		first = new Date(day.getTime() - sinceMonday * DAY_MS);
		next = new Date(first.getTime() + 7 * DAY_MS);
	} else {
		first = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
		next = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1));
	}
	return {
		start: iso(first),
		end: iso(new Date(next.getTime() - DAY_MS)),
		from: new Date(first.getTime() - CHINA_OFFSET_MS),
		to: new Date(next.getTime() - CHINA_OFFSET_MS)
	};
}

/** The last complete period before the one containing `now`: what a settlement run closes. */
export function previousPeriod(now: Date, period: SettlementPeriod): Period {
	const current = periodContaining(now, period);
	return periodContaining(new Date(current.from.getTime() - 1), period);
}
