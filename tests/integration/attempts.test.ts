import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/lib/server/content/files.ts';
import { buildLibrary } from '../../src/lib/server/content/library.ts';
import {
	AttemptClosedError,
	InvalidResponseError,
	UnknownExamError,
	getAttemptItems,
	getOwnedAttempt,
	listAttempts,
	saveResponses,
	startAttempt,
	submitAttempt
} from '../../src/lib/server/exams/attempts.ts';
import { seededRandom } from '../../src/lib/server/exams/random.ts';
import { freshDb, makeUser } from './db.ts';

const library = buildLibrary(readContentDir(resolve('content')));

describe('a practice-exam attempt', () => {
	it('draws the exam\'s item count by blueprint and stores a snapshot of each item', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const attempt = startAttempt(db, library, ann.id, 'rhit-quick', seededRandom(1));
		const items = getAttemptItems(db, attempt.id);
		expect(items).toHaveLength(10);
		expect(items.map((i) => i.position)).toEqual([...Array(10).keys()]);
		expect(new Set(items.map((i) => i.itemId)).size).toBe(10);
		for (const i of items) {
			const bank = library.items.get(i.itemId)!;
			expect(bank.domains).toContain(i.domainId);
			expect(i.snapshot.key).toBe(bank.key);
			expect(i.snapshot.stemHtml).toBe(bank.stemHtml);
			expect(i.response).toBeNull();
		}
		// 10 RHIT items by midpoints 22/16/16/16/14/10: 2, 2, 2, 2, 1, 1.
		const perDomain = Object.fromEntries(['rhit-1', 'rhit-2', 'rhit-3', 'rhit-4', 'rhit-5', 'rhit-6'].map((d) => [d, items.filter((i) => i.domainId === d).length]));
		expect(perDomain).toEqual({ 'rhit-1': 2, 'rhit-2': 2, 'rhit-3': 2, 'rhit-4': 2, 'rhit-5': 1, 'rhit-6': 1 });
	});

	it('keeps one open attempt per learner per exam and resumes it', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const bob = makeUser(db);
		const first = startAttempt(db, library, ann.id, 'cca-quick');
		expect(startAttempt(db, library, ann.id, 'cca-quick').id).toBe(first.id);
		expect(startAttempt(db, library, ann.id, 'rhit-quick').id).not.toBe(first.id);
		expect(startAttempt(db, library, bob.id, 'cca-quick').id).not.toBe(first.id);
		expect(() => startAttempt(db, library, ann.id, 'no-such-exam')).toThrow(UnknownExamError);
	});

	it('saves answers as they are given and refuses options that do not exist', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const attempt = startAttempt(db, library, ann.id, 'rhit-quick');
		saveResponses(db, attempt, new Map([[0, 'B'], [3, 'D']]));
		saveResponses(db, attempt, new Map([[0, 'C']]));
		const items = getAttemptItems(db, attempt.id);
		expect(items.map((i) => i.response)).toEqual(['C', null, null, 'D', null, null, null, null, null, null]);
		expect(items[0]!.answeredAt).toBeInstanceOf(Date);
		expect(() => saveResponses(db, attempt, new Map([[1, 'E']]))).toThrow(InvalidResponseError);
		expect(() => saveResponses(db, attempt, new Map([[10, 'A']]))).toThrow(InvalidResponseError);
		expect(getAttemptItems(db, attempt.id)[1]!.response).toBeNull();
	});

	it('scores on submission against the stored keys, by domain, and then closes the attempt', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const attempt = startAttempt(db, library, ann.id, 'rhit-quick');
		const items = getAttemptItems(db, attempt.id);
		// Right on the even positions, wrong on the odd ones.
		const wrong = (key: string) => (key === 'A' ? 'B' : 'A');
		const responses = new Map(items.map((i) => [i.position, i.position % 2 === 0 ? i.snapshot.key : wrong(i.snapshot.key)]));
		const score = submitAttempt(db, attempt, responses);
		expect(score.correct).toBe(5);
		expect(score.total).toBe(10);
		expect(score.byDomain.reduce((s, d) => s + d.total, 0)).toBe(10);

		const closed = getOwnedAttempt(db, attempt.id, ann.id)!;
		expect(closed.status).toBe('submitted');
		expect(closed.scoreCorrect).toBe(5);
		expect(closed.submittedAt).toBeInstanceOf(Date);
		expect(getAttemptItems(db, attempt.id).map((i) => i.isCorrect)).toEqual(items.map((i) => i.position % 2 === 0));
		expect(() => saveResponses(db, closed, new Map([[0, 'A']]))).toThrow(AttemptClosedError);
		expect(() => submitAttempt(db, closed)).toThrow(AttemptClosedError);
		expect(listAttempts(db, ann.id).map((a) => a.id)).toEqual([attempt.id]);
	});

	it('hides one learner\'s attempt from another', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const bob = makeUser(db);
		const attempt = startAttempt(db, library, ann.id, 'rhit-quick');
		expect(getOwnedAttempt(db, attempt.id, bob.id)).toBeUndefined();
		expect(getOwnedAttempt(db, attempt.id, ann.id)?.id).toBe(attempt.id);
		expect(listAttempts(db, bob.id)).toEqual([]);
	});

	it('prefers items the learner has not seen in the next attempt', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const first = startAttempt(db, library, ann.id, 'cca-quick', seededRandom(5));
		const firstItems = getAttemptItems(db, first.id);
		submitAttempt(db, first, new Map(firstItems.map((i) => [i.position, i.snapshot.key])));
		const second = startAttempt(db, library, ann.id, 'cca-quick', seededRandom(5));
		const seen = new Set(firstItems.map((i) => i.itemId));
		const repeats = getAttemptItems(db, second.id).filter((i) => seen.has(i.itemId));
		// Every CCA domain in the starter bank has more items than a 10-item form draws from it,
		// except where it has exactly as many; those are the only repeats allowed.
		const byDomain = new Map<string, number>();
		for (const item of library.items.values()) for (const d of item.domains) byDomain.set(d, (byDomain.get(d) ?? 0) + 1);
		for (const r of repeats) {
			const needed = firstItems.filter((i) => i.domainId === r.domainId).length;
			expect(byDomain.get(r.domainId)!).toBeLessThan(2 * needed);
		}
	});
});
