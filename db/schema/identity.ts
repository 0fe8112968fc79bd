import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	check,
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { nodes } from './hierarchy';

const tz = (name: string) => timestamp(name, { withTimezone: true });

export const userStatus = pgEnum('user_status', ['unverified', 'verified', 'rejected', 'disabled']);
export const role = pgEnum('role', [
	'resident',
	'organiser',
	'committee',
	'inspector',
	'partner',
	'auditor',
	'admin'
]);
export const locale = pgEnum('locale', ['zh-CN', 'en']);

export const users = pgTable(
	'users',
	{
		id: integer().primaryKey().generatedAlwaysAsIdentity(),
		/**
		 * Legacy plaintext phone column, kept empty: numbers live encrypted in `phone_cipher` and are
		 * found by `phone_hash` (web/src/lib/server/crypto). Rows written here by older code are
		 * encrypted at the next start (web/src/lib/server/privacy/encrypt-at-rest.ts).
		 */
		phone: text().unique(),
		/** Keyed HMAC of the number (`phoneHash()`), for logging in and finding people by phone. */
		phoneHash: text('phone_hash').unique(),
		/** AES-GCM ciphertext of the number (`encryptField('phone', …)`). */
		phoneCipher: text('phone_cipher'),
		/** Stored lower-cased so uniqueness is case-insensitive. */
		email: text().unique(),
		displayName: text('display_name').notNull(),
		passwordHash: text('password_hash').notNull(),
		communityId: integer('community_id').references(() => nodes.id),
		status: userStatus().notNull().default('unverified'),
		statusReason: text('status_reason'),
		statusChangedAt: tz('status_changed_at'),
		statusChangedBy: integer('status_changed_by'),
		locale: locale().notNull().default('zh-CN'),
		largeText: boolean('large_text').notNull().default(false),
		highContrast: boolean('high_contrast').notNull().default(false),
		birthYear: integer('birth_year'),
		/** Encrypted like the phone (`encryptField('address', …)`); never stored in plaintext. */
		address: text(),
		/** Set when the account was deleted at the person's request (personal fields erased). */
		anonymisedAt: tz('anonymised_at'),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		index('users_community_status_idx').on(t.communityId, t.status),
		check(
			'users_has_login',
			sql`${t.phone} is not null or ${t.phoneHash} is not null or ${t.email} is not null or ${t.anonymisedAt} is not null`
		),
		check('users_phone_format', sql`${t.phone} is null or ${t.phone} ~ '^1[3-9][0-9]{9}$'`),
		check('users_email_lower', sql`${t.email} is null or ${t.email} = lower(${t.email})`),
		check(
			'users_rejection_has_reason',
			sql`${t.status} <> 'rejected' or ${t.statusReason} is not null`
		)
	]
);

/** Sessions the Lucia way: `id` is the SHA-256 (hex) of the token; the token itself is never stored. */
export const sessions = pgTable(
	'sessions',
	{
		id: text().primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: tz('expires_at').notNull(),
		/** Hard limit: a session is never extended past this, however active. */
		absoluteExpiresAt: tz('absolute_expires_at').notNull(),
		/** When this session passed the staff second factor (TOTP or a recovery code). */
		twoFactorAt: tz('two_factor_at'),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

export const passwordResetTokens = pgTable(
	'password_reset_tokens',
	{
		/** SHA-256 (hex) of the emailed/texted token. */
		id: text().primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: tz('expires_at').notNull(),
		usedAt: tz('used_at'),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [index('password_reset_tokens_user_idx').on(t.userId)]
);

/** A role granted on a hierarchy node applies to that node and everything below it. */
export const roleGrants = pgTable(
	'role_grants',
	{
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: role().notNull(),
		nodeId: integer('node_id')
			.notNull()
			.references(() => nodes.id),
		grantedBy: integer('granted_by').references(() => users.id),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.role, t.nodeId] })]
);

/** Throttling state per key (`account:<id>` or `ip:<addr>`); rows are small and short-lived. */
export const loginThrottles = pgTable('login_throttles', {
	key: text().primaryKey(),
	failures: integer().notNull().default(0),
	blockedUntil: tz('blocked_until'),
	updatedAt: tz('updated_at').notNull().defaultNow()
});

/** Messages handed to the mailer port. In development they are read at /dev/mailbox. */
export const outgoingMessages = pgTable('outgoing_messages', {
	id: integer().primaryKey().generatedAlwaysAsIdentity(),
	to: text().notNull(),
	subject: text().notNull(),
	body: text().notNull(),
	sentAt: tz('sent_at'),
	createdAt: tz('created_at').notNull().defaultNow()
});

/**
 * Staff two-factor (TOTP). The secret is encrypted like the personal fields. `enabledAt` is null
 * while enrolment waits for the first correct code; `lastStep` refuses a code used twice.
 */
export const twoFactorSecrets = pgTable('two_factor_secrets', {
	userId: integer('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	secretCipher: text('secret_cipher').notNull(),
	enabledAt: tz('enabled_at'),
	lastStep: bigint('last_step', { mode: 'number' }),
	createdAt: tz('created_at').notNull().defaultNow()
});

/** One-time recovery codes, stored as SHA-256 hashes; a used code keeps its row with `usedAt`. */
export const twoFactorRecoveryCodes = pgTable(
	'two_factor_recovery_codes',
	{
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		codeHash: text('code_hash').notNull(),
		usedAt: tz('used_at')
	},
	(t) => [primaryKey({ columns: [t.userId, t.codeHash] })]
);

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Role = (typeof role.enumValues)[number];
export type UserStatus = (typeof userStatus.enumValues)[number];
export type Locale = (typeof locale.enumValues)[number];
