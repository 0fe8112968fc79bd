import type postgres from 'postgres';
import { notify, type PendingNotification } from '../notifications/notify';
import { committeeToNotify } from './join-requests.service';

/** The `stats_watermarks` row holding the last flag id announced. */
export const FLAG_NOTICE_SOURCE = 'sorting_flags';
/** Flags this old when first seen (a first run, a long outage) are left to the page, not sent. */
const FRESH_MS = 24 * 3600_000;
/** Only flags this settled are read, so one still committing is not skipped by a later id. */
const SETTLE_SECONDS = 5;
const BATCH = 200;

/**
 * Tells the committee of each new flag (a burst: "recorded faster than anyone sorts"; a late
 * sync: "sent a batch recorded long before"): the recorder only writes the flag, and a committee
 * member would otherwise learn of it only by opening the statistics page. Runs as a job, off the recording path, and moves a watermark in the same
 * transaction as the notifications under its row lock, so each flag is announced once however
 * many workers run it. Open flags only; returns how many were announced.
 */
export async function announceFlags(sql: postgres.Sql, now: Date): Promise<number> {
	const recipients = new Map<number, number[]>();
	const pending = await sql.begin(async (tx) => {
		await tx`insert into stats_watermarks (source, position, updated_at)
			values (${FLAG_NOTICE_SOURCE}, 0, now()) on conflict (source) do nothing`;
		const [mark] = await tx<{ position: string }[]>`
			select position::text as position from stats_watermarks
			where source = ${FLAG_NOTICE_SOURCE} for update`;
		const flags = await tx<
			{
				id: number;
				kind: string;
				community_id: number;
				inspector: string;
				point: string | null;
				fresh: boolean;
				open: boolean;
			}[]
		>`
			select f.id, f.kind, f.community_id, u.display_name as inspector, p.name as point,
				f.created_at > ${new Date(now.getTime() - FRESH_MS).toISOString()}::timestamptz as fresh,
				f.resolved_at is null as open
			from sorting_flags f join users u on u.id = f.inspector_id
			left join sorting_points p on p.id = f.point_id
			where f.id > ${mark?.position ?? '0'}::bigint
				and f.created_at < now() - make_interval(secs => ${SETTLE_SECONDS})
			order by f.id limit ${BATCH}`;
		const last = flags.at(-1);
		if (!last) return [];
		const notes: PendingNotification[] = [];
		for (const flag of flags.filter((f) => f.fresh && f.open)) {
			const committee =
				recipients.get(flag.community_id) ?? (await committeeToNotify(sql, flag.community_id));
			recipients.set(flag.community_id, committee);
			for (const userId of committee) {
				const note = await notify(tx, {
					userId,
					type: `sorting.${flag.kind}`,
					params: { inspector: flag.inspector, point: flag.point ?? '' },
					link: `/committee/sorting?community=${flag.community_id}`
				});
				notes.push(note);
			}
		}
		await tx`update stats_watermarks set position = ${last.id}, updated_at = now()
			where source = ${FLAG_NOTICE_SOURCE}`;
		return notes;
	});
	await Promise.all(pending.map((n) => n.publish()));
	return pending.length;
}
