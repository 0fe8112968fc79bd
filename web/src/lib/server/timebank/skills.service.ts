import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { isSkillCode, wordsFor, type SkillCode, SKILL_CODES } from '$lib/domain/timebank';
import {
	activities,
	activitySignups,
	activitySlots,
	residentSkills
} from '../../../../../db/schema';
import type { Db } from '../../../../../db/client';

/** The skills a resident listed, in vocabulary order. */
export async function skillsOf(db: Db, userId: number): Promise<SkillCode[]> {
	const rows = await db
		.select({ skill: residentSkills.skill })
		.from(residentSkills)
		.where(eq(residentSkills.userId, userId));
	const held = new Set(rows.map((r) => r.skill));
	return SKILL_CODES.filter((code) => held.has(code));
}

/**
 * Replaces a resident's skills with `skills` (codes outside the vocabulary are ignored). Rows
 * that stay keep their date, so "since when" survives a re-save.
 */
export async function setSkills(
	db: Db,
	userId: number,
	skills: readonly string[]
): Promise<SkillCode[]> {
	const wanted = [...new Set(skills.filter(isSkillCode))];
	await db.transaction(async (tx) => {
		const stale = and(
			eq(residentSkills.userId, userId),
			wanted.length > 0 ? notInArray(residentSkills.skill, wanted) : undefined
		);
		await tx.delete(residentSkills).where(stale);
		if (wanted.length > 0) {
			await tx
				.insert(residentSkills)
				.values(wanted.map((skill) => ({ userId, skill })))
				.onConflictDoNothing();
		}
	});
	return SKILL_CODES.filter((code) => wanted.includes(code));
}

/**
 * For each slot of an activity, how many signed-up volunteers (not those waiting) have at least
 * one of the skills it needs. Old free words on the activity count through their aliases.
 */
export async function skilledPerSlot(db: Db, activityId: number): Promise<Map<number, number>> {
	const [activity] = await db
		.select({ skills: activities.skills })
		.from(activities)
		.where(eq(activities.id, activityId));
	const codes = SKILL_CODES.filter((code) =>
		wordsFor([code]).some((w) => activity?.skills.includes(w))
	);
	if (codes.length === 0) return new Map();
	const rows = await db
		.select({
			slotId: activitySlots.id,
			count: sql<number>`count(distinct ${activitySignups.userId})`.mapWith(Number)
		})
		.from(activitySlots)
		.innerJoin(activitySignups, eq(activitySignups.slotId, activitySlots.id))
		.innerJoin(residentSkills, eq(residentSkills.userId, activitySignups.userId))
		.where(
			and(
				eq(activitySlots.activityId, activityId),
				eq(activitySignups.status, 'signed_up'),
				inArray(residentSkills.skill, codes)
			)
		)
		.groupBy(activitySlots.id);
	return new Map(rows.map((r) => [r.slotId, r.count]));
}
