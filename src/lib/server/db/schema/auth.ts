import { sql } from 'drizzle-orm';
import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const ROLES = ['learner', 'instructor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const user = sqliteTable('user', {
	id: text().primaryKey(),
	/** Stored lowercased and trimmed, so uniqueness is case-insensitive. */
	email: text().notNull().unique(),
	displayName: text().notNull(),
	passwordHash: text().notNull(),
	role: text({ enum: ROLES }).notNull().default('learner'),
	/** Testing accommodation: exam-mode time limits are multiplied by this percentage (100 = none). */
	extraTimePercent: integer().notNull().default(100),
	createdAt: integer({ mode: 'timestamp' })
		.notNull()
		.default(sql`(unixepoch())`)
});

/**
 * Lucia-design session: the cookie carries `<id>.<secret>`; only the SHA-256 of the secret is
 * stored, so a leaked database cannot be replayed as cookies.
 */
export const session = sqliteTable(
	'session',
	{
		id: text().primaryKey(),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		secretHash: blob({ mode: 'buffer' }).notNull(),
		createdAt: integer({ mode: 'timestamp' }).notNull(),
		expiresAt: integer({ mode: 'timestamp' }).notNull()
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

export type User = typeof user.$inferSelect;
export type Session = typeof session.$inferSelect;
