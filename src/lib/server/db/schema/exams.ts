import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { user } from './auth';
import type { ItemSnapshot } from '../../exams/snapshot';

export const ATTEMPT_STATUSES = ['in_progress', 'submitted'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

export const attempt = sqliteTable(
	'attempt',
	{
		id: text().primaryKey(),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		examId: text().notNull(),
		status: text({ enum: ATTEMPT_STATUSES }).notNull().default('in_progress'),
		startedAt: integer({ mode: 'timestamp' }).notNull(),
		/** Set by the server when the attempt is timed; the browser clock never decides. */
		deadlineAt: integer({ mode: 'timestamp' }),
		submittedAt: integer({ mode: 'timestamp' }),
		scoreCorrect: integer(),
		scoreTotal: integer()
	},
	(t) => [
		index('attempt_user_exam_idx').on(t.userId, t.examId),
		// One open attempt per learner per exam.
		uniqueIndex('attempt_one_open_idx')
			.on(t.userId, t.examId)
			.where(sql`${t.status} = 'in_progress'`)
	]
);

/** Each item of an attempt, with a snapshot of it as the learner saw it (key included: server-only). */
export const attemptItem = sqliteTable(
	'attempt_item',
	{
		attemptId: text()
			.notNull()
			.references(() => attempt.id, { onDelete: 'cascade' }),
		position: integer().notNull(),
		itemId: text().notNull(),
		domainId: text().notNull(),
		snapshot: text({ mode: 'json' }).$type<ItemSnapshot>().notNull(),
		response: text(),
		isCorrect: integer({ mode: 'boolean' }),
		flagged: integer({ mode: 'boolean' }).notNull().default(false),
		answeredAt: integer({ mode: 'timestamp' })
	},
	(t) => [primaryKey({ columns: [t.attemptId, t.position] }), index('attempt_item_item_idx').on(t.itemId)]
);

export type Attempt = typeof attempt.$inferSelect;
export type AttemptItem = typeof attemptItem.$inferSelect;
