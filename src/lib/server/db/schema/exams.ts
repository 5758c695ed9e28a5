import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { user } from './auth';
import type { ItemSnapshot } from '../../exams/snapshot';

export const ATTEMPT_STATUSES = ['in_progress', 'submitted'] as const;
export const ATTEMPT_MODES = ['exam', 'tutor'] as const;
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
		mode: text({ enum: ATTEMPT_MODES }).notNull().default('exam'),
		/** The domains a domain or custom quiz was drawn from; null for a full blueprint form. */
		domainIds: text({ mode: 'json' }).$type<string[]>(),
		startedAt: integer({ mode: 'timestamp' }).notNull(),
		/** Set by the server when the attempt is timed; the browser clock never decides. */
		deadlineAt: integer({ mode: 'timestamp' }),
		/** The limit granted, accommodation included; null when untimed. */
		timeLimitSeconds: integer(),
		/** Where the learner was, so a reload or a new device resumes there. */
		currentPosition: integer().notNull().default(0),
		submittedAt: integer({ mode: 'timestamp' }),
		/** True when the deadline, not the learner, ended the attempt. */
		autoSubmitted: integer({ mode: 'boolean' }).notNull().default(false),
		scoreCorrect: integer(),
		scoreTotal: integer()
	},
	(t) => [
		index('attempt_user_exam_idx').on(t.userId, t.examId),
		index('attempt_open_deadline_idx').on(t.status, t.deadlineAt),
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
		answeredAt: integer({ mode: 'timestamp' }),
		/** Tutor mode: when the learner asked for feedback; the answer is locked from then on. */
		checkedAt: integer({ mode: 'timestamp' })
	},
	(t) => [primaryKey({ columns: [t.attemptId, t.position] }), index('attempt_item_item_idx').on(t.itemId)]
);

export type Attempt = typeof attempt.$inferSelect;
export type AttemptItem = typeof attemptItem.$inferSelect;
