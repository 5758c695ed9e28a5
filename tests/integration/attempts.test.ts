import { resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/server/content/files.ts';
import { buildLibrary } from '../../src/lib/server/content/library.ts';
import { attempt, user } from '../../src/lib/server/db/schema/index.ts';
import {
	AttemptClosedError,
	DEADLINE_GRACE_MS,
	InvalidResponseError,
	StartChoiceError,
	UnknownExamError,
	checkItem,
	countAnswered,
	finaliseExpiredAttempts,
	getAttemptItems,
	getOwnedAttempt,
	listAttempts,
	saveResponse,
	setFlag,
	setPosition,
	startAttempt,
	submitAttempt
} from '../../src/lib/server/exams/attempts.ts';
import { seededRandom } from '../../src/lib/server/exams/random.ts';
import { freshDb, makeUser } from './db.ts';

const library = buildLibrary(readContentDir(resolve('content')));
const quick = { examId: 'rhit-quick', mode: 'exam' as const };
const wrongLetter = (key: string[]) => (key.includes('A') ? 'B' : 'A');

describe('starting an attempt', () => {
	it('draws by blueprint, shuffles options and stores each item as shown', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const attempt = startAttempt(db, library, ann.id, quick, seededRandom(1));
		const items = getAttemptItems(db, attempt.id);
		expect(items).toHaveLength(10);
		expect(new Set(items.map((i) => i.itemId)).size).toBe(10);
		const perDomain = Object.fromEntries(['rhit-1', 'rhit-2', 'rhit-3', 'rhit-4', 'rhit-5', 'rhit-6'].map((d) => [d, items.filter((i) => i.domainId === d).length]));
		expect(perDomain).toEqual({ 'rhit-1': 2, 'rhit-2': 2, 'rhit-3': 2, 'rhit-4': 2, 'rhit-5': 1, 'rhit-6': 1 });
		for (const i of items) {
			const bank = library.items.get(i.itemId)!;
			expect(i.snapshot.stemHtml).toBe(bank.stemHtml);
			// The key shown maps back to the bank's key through the stored option order.
			const bankKey = i.snapshot.options.filter((o) => i.snapshot.key.includes(o.label)).map((o) => o.bankLabel).sort();
			expect(bankKey).toEqual(bank.key);
		}
		const shuffled = items.some((i) => i.snapshot.options.some((o) => o.label !== o.bankLabel));
		expect(shuffled).toBe(true);
	});

	it('keeps one open attempt per learner per exam and resumes it', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const bob = makeUser(db);
		const first = startAttempt(db, library, ann.id, { examId: 'cca-quick', mode: 'exam' });
		expect(startAttempt(db, library, ann.id, { examId: 'cca-quick', mode: 'tutor' }).id).toBe(first.id);
		expect(startAttempt(db, library, ann.id, quick).id).not.toBe(first.id);
		expect(startAttempt(db, library, bob.id, { examId: 'cca-quick', mode: 'exam' }).id).not.toBe(first.id);
	});

	it('refuses choices that do not fit the exam', () => {
		const db = freshDb();
		const ann = makeUser(db);
		expect(() => startAttempt(db, library, ann.id, { examId: 'nope', mode: 'exam' })).toThrow(UnknownExamError);
		expect(() => startAttempt(db, library, ann.id, { examId: 'rhit-quick', mode: 'quiz' as never })).toThrow(StartChoiceError);
		expect(() => startAttempt(db, library, ann.id, { examId: 'rhit-domain', mode: 'exam' })).toThrow('Choose one domain for the quiz.');
		expect(() => startAttempt(db, library, ann.id, { examId: 'rhit-domain', mode: 'exam', domainIds: ['cca-1'] })).toThrow('Choose domains of this exam only.');
		expect(() => startAttempt(db, library, ann.id, { examId: 'rhit-custom', mode: 'exam', domainIds: [] })).toThrow('Choose at least one domain.');
		expect(() => startAttempt(db, library, ann.id, { examId: 'rhit-custom', mode: 'exam', domainIds: ['rhit-1'], itemCount: 4 })).toThrow('Choose between 5 and 130 items.');
		expect(listAttempts(db, ann.id)).toEqual([]);
	});

	it('draws a domain quiz from its domain and a custom quiz from the chosen domains', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const domainQuiz = startAttempt(db, library, ann.id, { examId: 'rhit-domain', mode: 'tutor', domainIds: ['rhit-1'] });
		const d = getAttemptItems(db, domainQuiz.id);
		expect(d).toHaveLength(20);
		expect(new Set(d.map((i) => i.domainId))).toEqual(new Set(['rhit-1']));
		expect(domainQuiz.domainIds).toEqual(['rhit-1']);

		const custom = startAttempt(db, library, ann.id, { examId: 'cca-custom', mode: 'exam', domainIds: ['cca-6', 'cca-1'], itemCount: 8 });
		const c = getAttemptItems(db, custom.id);
		expect(c).toHaveLength(8);
		expect(c.every((i) => i.domainId === 'cca-1' || i.domainId === 'cca-6')).toBe(true);
		expect(custom.domainIds).toEqual(['cca-1', 'cca-6']);
	});

	it('sets the deadline from the exam timing and the learner\'s extra time; tutor mode is untimed', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const now = new Date('2026-11-23T10:00:00Z');
		const timed = startAttempt(db, library, ann.id, quick, seededRandom(1), now);
		expect(timed.timeLimitSeconds).toBe(10 * 1.6 * 60);
		expect(timed.deadlineAt?.getTime()).toBe(now.getTime() + 960_000);

		const tutor = startAttempt(db, library, ann.id, { examId: 'cca-quick', mode: 'tutor' }, seededRandom(1), now);
		expect(tutor.deadlineAt).toBeNull();

		const bob = makeUser(db);
		db.update(user).set({ extraTimePercent: 150 }).where(eq(user.id, bob.id)).run();
		expect(startAttempt(db, library, bob.id, quick, seededRandom(1), now).timeLimitSeconds).toBe(1440);
	});
});

describe('answering', () => {
	it('saves each answer when given, validates it for its item type, and can clear it', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const attempt = startAttempt(db, library, ann.id, quick);
		expect(saveResponse(db, attempt, 0, 'B')).toBe('B');
		expect(saveResponse(db, attempt, 0, 'C')).toBe('C');
		expect(() => saveResponse(db, attempt, 1, 'Z')).toThrow(InvalidResponseError);
		expect(() => saveResponse(db, attempt, 1, ['A', 'B'])).toThrow('Choose one answer for question 2.');
		expect(() => saveResponse(db, attempt, 99, 'A')).toThrow('Question 100 is not part of this attempt.');
		expect(saveResponse(db, attempt, 3, 'D')).toBe('D');
		expect(saveResponse(db, attempt, 3, [])).toBeNull();
		const items = getAttemptItems(db, attempt.id);
		expect(items.map((i) => i.response)).toEqual(['C', null, null, null, null, null, null, null, null, null]);
		expect(items[0]!.answeredAt).toBeInstanceOf(Date);
		expect(countAnswered(db, attempt.id)).toEqual({ answered: 1, total: 10 });
	});

	it('normalises code entries and limits multiple responses to the number asked', () => {
		const db = freshDb();
		const ann = makeUser(db);
		// Whole-domain custom quizzes, so every code item (cca-1) and multiple-response item (rhit-2) is drawn.
		const poolSize = (d: string) => [...library.items.values()].filter((i) => i.domains.includes(d)).length;
		const attempt = startAttempt(db, library, ann.id, { examId: 'cca-custom', mode: 'exam', domainIds: ['cca-1'], itemCount: poolSize('cca-1') });
		const other = startAttempt(db, library, ann.id, { examId: 'rhit-custom', mode: 'exam', domainIds: ['rhit-2'], itemCount: poolSize('rhit-2') });
		const code = getAttemptItems(db, attempt.id).find((i) => i.snapshot.type === 'code');
		const multiple = getAttemptItems(db, other.id).find((i) => i.snapshot.type === 'multiple');
		expect(code, 'the bank has code-entry items').toBeDefined();
		expect(multiple, 'the bank has multiple-response items').toBeDefined();
		expect(saveResponse(db, attempt, code!.position, ' e11.9 ')).toBe('E11.9');
		expect(() => saveResponse(db, attempt, code!.position, '<b>E11')).toThrow(InvalidResponseError);
		expect(() => saveResponse(db, attempt, code!.position, 'E11.9E11.9E11.9')).toThrow(InvalidResponseError);
		expect(saveResponse(db, other, multiple!.position, ['D', 'A'])).toBe('A,D');
		expect(() => saveResponse(db, other, multiple!.position, ['A', 'B', 'C'])).toThrow('Choose no more than 2 answers');
	});

	it('remembers the flag and where the learner was', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const attempt = startAttempt(db, library, ann.id, quick);
		setFlag(db, attempt, 4, true);
		setPosition(db, attempt, 7);
		expect(getAttemptItems(db, attempt.id)[4]!.flagged).toBe(true);
		expect(getOwnedAttempt(db, attempt.id, ann.id)!.currentPosition).toBe(7);
		// Resuming after a "restart": a fresh start call returns the same attempt at the same place.
		expect(startAttempt(db, library, ann.id, quick).currentPosition).toBe(7);
	});
});

describe('tutor mode', () => {
	it('checks an answer, records the result, and locks it', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const attempt = startAttempt(db, library, ann.id, { examId: 'rhit-quick', mode: 'tutor' });
		const first = getAttemptItems(db, attempt.id)[0]!;
		expect(() => checkItem(db, attempt, 0)).toThrow('Answer question 1 before checking it.');
		saveResponse(db, attempt, 0, first.snapshot.key.join(','));
		const checked = checkItem(db, attempt, 0);
		expect(checked.isCorrect).toBe(true);
		expect(checked.checkedAt).toBeInstanceOf(Date);
		expect(() => saveResponse(db, attempt, 0, wrongLetter(first.snapshot.key))).toThrow('its answer can no longer change');
		expect(saveResponse(db, attempt, 0, null)).toBe(first.snapshot.key.join(','));
	});

	it('is refused in exam mode', () => {
		const db = freshDb();
		const attempt = startAttempt(db, library, makeUser(db).id, quick);
		saveResponse(db, attempt, 0, 'A');
		expect(() => checkItem(db, attempt, 0)).toThrow('Feedback comes after submission in exam mode.');
	});
});

describe('the deadline', () => {
	it('accepts answers until the grace period ends, then finalises with what was saved', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const start = new Date('2026-11-23T10:00:00Z');
		const attempt = startAttempt(db, library, ann.id, quick, seededRandom(3), start);
		const deadline = attempt.deadlineAt!.getTime();
		const key0 = getAttemptItems(db, attempt.id)[0]!.snapshot.key.join(',');
		saveResponse(db, attempt, 0, key0, new Date(deadline - 1000));
		saveResponse(db, attempt, 1, 'A', new Date(deadline + DEADLINE_GRACE_MS - 1));
		expect(() => saveResponse(db, attempt, 2, 'A', new Date(deadline + DEADLINE_GRACE_MS + 1))).toThrow(AttemptClosedError);

		const closed = getOwnedAttempt(db, attempt.id, ann.id)!;
		expect(closed.status).toBe('submitted');
		expect(closed.autoSubmitted).toBe(true);
		expect(closed.submittedAt?.getTime()).toBe(deadline);
		const items = getAttemptItems(db, attempt.id);
		expect(items[2]!.response).toBeNull();
		expect(items[0]!.isCorrect).toBe(true);
		expect(closed.scoreTotal).toBe(10);
	});

	it('is enforced for attempts nobody has open', () => {
		const db = freshDb();
		const start = new Date('2026-11-23T10:00:00Z');
		const overdue = startAttempt(db, library, makeUser(db).id, quick, seededRandom(1), start);
		const later = startAttempt(db, library, makeUser(db).id, quick, seededRandom(1), new Date(start.getTime() + 600_000));
		const untimed = startAttempt(db, library, makeUser(db).id, { examId: 'rhit-quick', mode: 'tutor' }, seededRandom(1), start);
		const when = new Date(overdue.deadlineAt!.getTime() + DEADLINE_GRACE_MS + 1);
		expect(finaliseExpiredAttempts(db, when)).toBe(1);
		// Read the rows directly: getOwnedAttempt would finalise on read, which is what is under test.
		const status = (id: string) => db.select({ s: attempt.status }).from(attempt).where(eq(attempt.id, id)).get()!.s;
		expect(status(overdue.id)).toBe('submitted');
		expect(status(later.id)).toBe('in_progress');
		expect(status(untimed.id)).toBe('in_progress');
	});
});

describe('submission', () => {
	it('scores against the stored keys by domain, then closes the attempt', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const attempt = startAttempt(db, library, ann.id, quick);
		const items = getAttemptItems(db, attempt.id);
		for (const i of items) saveResponse(db, attempt, i.position, i.position % 2 === 0 ? i.snapshot.key : [wrongLetter(i.snapshot.key)]);
		const score = submitAttempt(db, attempt);
		expect(score).toMatchObject({ correct: 5, total: 10, percent: 50 });
		expect(score.byDomain.reduce((s, d) => s + d.total, 0)).toBe(10);

		const closed = getOwnedAttempt(db, attempt.id, ann.id)!;
		expect(closed).toMatchObject({ status: 'submitted', scoreCorrect: 5, autoSubmitted: false });
		expect(getAttemptItems(db, attempt.id).map((i) => i.isCorrect)).toEqual(items.map((i) => i.position % 2 === 0));
		expect(() => saveResponse(db, closed, 0, 'A')).toThrow(AttemptClosedError);
		expect(() => submitAttempt(db, closed)).toThrow(AttemptClosedError);
	});

	it('hides one learner\'s attempt from another', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const bob = makeUser(db);
		const attempt = startAttempt(db, library, ann.id, quick);
		expect(getOwnedAttempt(db, attempt.id, bob.id)).toBeUndefined();
		expect(listAttempts(db, bob.id)).toEqual([]);
	});

	it('prefers items the learner has not seen in the next attempt', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const first = startAttempt(db, library, ann.id, { examId: 'rhit-domain', mode: 'exam', domainIds: ['rhit-1'] }, seededRandom(5));
		const firstItems = getAttemptItems(db, first.id);
		submitAttempt(db, first);
		const second = startAttempt(db, library, ann.id, { examId: 'rhit-domain', mode: 'exam', domainIds: ['rhit-1'] }, seededRandom(5));
		const seen = new Set(firstItems.map((i) => i.itemId));
		const pool = [...library.items.values()].filter((i) => i.domains.includes('rhit-1')).length;
		const repeats = getAttemptItems(db, second.id).filter((i) => seen.has(i.itemId)).length;
		// Only as many repeats as the pool forces: 20 drawn from `pool`, 20 already seen.
		expect(repeats).toBe(Math.max(0, 20 - (pool - 20)));
	});
});
