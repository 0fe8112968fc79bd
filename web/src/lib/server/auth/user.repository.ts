import { eq } from 'drizzle-orm';
import { users, type User } from '../../../../../db/schema';
import type { LoginId } from '../../domain/identity/login-id';
import { phoneColumns, revealPhone, userHasPhone } from '../crypto';
import type { Executor } from './db';

export type LoginUser = Pick<User, 'id' | 'passwordHash' | 'status' | 'phone' | 'email' | 'locale'>;

const loginColumns = {
	id: users.id,
	passwordHash: users.passwordHash,
	status: users.status,
	phone: users.phone,
	phoneCipher: users.phoneCipher,
	email: users.email,
	locale: users.locale
};

/** The phone is stored encrypted (see crypto/phone.ts); callers get it back in plaintext. */
function reveal(row: LoginUser & { phoneCipher: string | null }): LoginUser {
	const { phoneCipher, ...rest } = row;
	return { ...rest, phone: revealPhone({ phone: row.phone, phoneCipher }) };
}

export async function findUserByLoginId(db: Executor, id: LoginId): Promise<LoginUser | null> {
	const where = id.kind === 'phone' ? userHasPhone(id.phone) : eq(users.email, id.email);
	const [row] = await db.select(loginColumns).from(users).where(where).limit(1);
	return row ? reveal(row) : null;
}

export async function findUserById(db: Executor, userId: number): Promise<LoginUser | null> {
	const [row] = await db.select(loginColumns).from(users).where(eq(users.id, userId)).limit(1);
	return row ? reveal(row) : null;
}

export async function insertUser(
	db: Executor,
	input: {
		id: LoginId;
		displayName: string;
		passwordHash: string;
		communityId: number;
		locale: User['locale'];
		now: Date;
	}
): Promise<number> {
	const [row] = await db
		.insert(users)
		.values({
			...phoneColumns(input.id.kind === 'phone' ? input.id.phone : null),
			email: input.id.kind === 'email' ? input.id.email : null,
			displayName: input.displayName,
			passwordHash: input.passwordHash,
			communityId: input.communityId,
			locale: input.locale,
			createdAt: input.now
		})
		.returning({ id: users.id });
	if (!row) throw new Error('insert into users returned no row');
	return row.id;
}

export async function updatePasswordHash(
	db: Executor,
	userId: number,
	passwordHash: string
): Promise<void> {
	await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}
