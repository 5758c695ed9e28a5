import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { user } from './auth';

/** One row per lesson a learner marked complete; lesson ids are `<track>/<slug>` from content/. */
export const lessonCompletion = sqliteTable(
	'lesson_completion',
	{
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		lessonId: text().notNull(),
		completedAt: integer({ mode: 'timestamp' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.userId, t.lessonId] })]
);

export type LessonCompletion = typeof lessonCompletion.$inferSelect;
