import { asc, count, eq, sql } from 'drizzle-orm';
import type { DB } from '../db';
import { user, ROLES, type Role, type User } from '../db/schema';
import { randomId } from '../ids';

export class EmailTakenError extends Error {
	constructor() {
		super('An account with that email already exists.');
	}
}

export class LastAdminError extends Error {
	constructor() {
		super('At least one administrator must remain.');
	}
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Creates an account. The first account on an empty database becomes the administrator; the
 * check and the insert share one transaction, so two first sign-ups cannot both become admin.
 */
export function createUser(db: DB, input: { email: string; displayName: string; passwordHash: string }): User {
	const email = normaliseEmail(input.email);
	try {
		return db.transaction((tx) => {
			const existing = tx.select({ n: count() }).from(user).get()?.n ?? 0;
			const row = {
				id: randomId(),
				email,
				displayName: input.displayName.trim(),
				passwordHash: input.passwordHash,
				role: (existing === 0 ? 'admin' : 'learner') as Role,
				extraTimePercent: 100,
				createdAt: new Date()
			};
			tx.insert(user).values(row).run();
			return row;
		}, { behavior: 'immediate' });
	} catch (e) {
		if (String((e as { code?: string }).code).startsWith('SQLITE_CONSTRAINT')) throw new EmailTakenError();
		throw e;
	}
}

export function findUserByEmail(db: DB, email: string): User | undefined {
	return db.select().from(user).where(eq(user.email, normaliseEmail(email))).get();
}

export function listUsers(db: DB) {
	return db
		.select({
			id: user.id,
			email: user.email,
			displayName: user.displayName,
			role: user.role,
			extraTimePercent: user.extraTimePercent,
			createdAt: user.createdAt
		})
		.from(user)
		.orderBy(asc(user.createdAt), asc(user.email))
		.all();
}

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Changes a user's role; refuses to remove the last administrator. Sessions read the role from
 * the user row on every request, so the change takes effect on the user's next request.
 */
export function setUserRole(db: DB, userId: string, role: Role): User | undefined {
	return db.transaction((tx) => {
		const target = tx.select().from(user).where(eq(user.id, userId)).get();
		if (!target) return undefined;
		if (target.role === role) return target;
		if (target.role === 'admin') {
			const admins = tx.select({ n: count() }).from(user).where(sql`${user.role} = 'admin'`).get()?.n ?? 0;
			if (admins <= 1) throw new LastAdminError();
		}
		tx.update(user).set({ role }).where(eq(user.id, userId)).run();
		return { ...target, role };
	}, { behavior: 'immediate' });
}

/** Testing accommodations offered: exam-mode time limits are multiplied by these percentages. */
export const EXTRA_TIME_CHOICES = [100, 125, 150, 200] as const;

export function isExtraTimeChoice(value: number): value is (typeof EXTRA_TIME_CHOICES)[number] {
	return (EXTRA_TIME_CHOICES as readonly number[]).includes(value);
}

/** Sets a learner's extra-time accommodation; applies to attempts started from now on. */
export function setExtraTime(db: DB, userId: string, percent: (typeof EXTRA_TIME_CHOICES)[number]): User | undefined {
	const target = db.select().from(user).where(eq(user.id, userId)).get();
	if (!target) return undefined;
	db.update(user).set({ extraTimePercent: percent }).where(eq(user.id, userId)).run();
	return { ...target, extraTimePercent: percent };
}
