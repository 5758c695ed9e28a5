import { describe, expect, it } from 'vitest';
import { completedLessons, markLessonComplete, markLessonIncomplete } from '../../src/lib/server/progress/lessons.ts';
import { freshDb, makeUser } from './db.ts';

describe('lesson progress', () => {
	it('records completion per user, keeps the first date, and can be undone', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const bob = makeUser(db);
		markLessonComplete(db, ann.id, 'coding/a', new Date(1000_000));
		markLessonComplete(db, ann.id, 'coding/a', new Date(2000_000));
		markLessonComplete(db, ann.id, 'coding/b');
		expect(completedLessons(db, ann.id).get('coding/a')).toEqual(new Date(1000_000));
		expect(completedLessons(db, ann.id).size).toBe(2);
		expect(completedLessons(db, bob.id).size).toBe(0);
		markLessonIncomplete(db, ann.id, 'coding/a');
		expect([...completedLessons(db, ann.id).keys()]).toEqual(['coding/b']);
	});
});
