import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './identity';

/**
 * A resident's ID number (居民身份证号码), kept apart from `users` so that only code that needs
 * it reads it. The number is stored only encrypted (`encryptField('id_number', …)`); the keyed
 * hash (`lookupHash('id_number', …)`) is unique, so one number belongs to one account. Deleting
 * an account deletes the row (web/src/lib/server/privacy/erase.ts), which frees the number.
 */
export const residentIdNumbers = pgTable('resident_id_numbers', {
	userId: integer('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	idNumberCipher: text('id_number_cipher').notNull(),
	idNumberHash: text('id_number_hash').notNull().unique(),
	/**
	 * Who typed it in: the resident themself, or the committee member who verified them. No
	 * foreign key, so the staff member's own data export does not list residents' rows.
	 */
	enteredBy: integer('entered_by').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
