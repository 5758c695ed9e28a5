import { and, eq } from 'drizzle-orm';
import type { DB } from '../db';
import { lessonCompletion } from '../db/schema';

export function completedLessons(db: DB, userId: string): Map<string, Date> {
	const rows = db.select().from(lessonCompletion).where(eq(lessonCompletion.userId, userId)).all();
	return new Map(rows.map((r) => [r.lessonId, r.completedAt]));
}

/** Idempotent: completing a completed lesson keeps its first completion date. */
export function markLessonComplete(db: DB, userId: string, lessonId: string, now = new Date()): void {
	db.insert(lessonCompletion).values({ userId, lessonId, completedAt: now }).onConflictDoNothing().run();
}

export function markLessonIncomplete(db: DB, userId: string, lessonId: string): void {
	db.delete(lessonCompletion)
		.where(and(eq(lessonCompletion.userId, userId), eq(lessonCompletion.lessonId, lessonId)))
		.run();
}
