import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DB } from '../db';
import { attempt, attemptItem, type Attempt } from '../db/schema';
import type { Library } from '../content/types';
import { randomId } from '../ids';
import { drawForm, type ItemHistory } from './draw';
import { secureRandom, type Random } from './random';
import { scoreResponses, isCorrect, type AttemptScore } from './scoring';
import { snapshotItem, type ItemSnapshot } from './snapshot';

export class UnknownExamError extends Error {}

export class AttemptClosedError extends Error {
	constructor() {
		super('This attempt has already been submitted; answers can no longer change.');
	}
}

export class InvalidResponseError extends Error {}

/** The latest outcome of every item the learner has answered in a submitted attempt. */
function itemHistory(db: DB, userId: string): Map<string, ItemHistory> {
	const rows = db
		.select({ itemId: attemptItem.itemId, isCorrect: attemptItem.isCorrect, submittedAt: attempt.submittedAt })
		.from(attemptItem)
		.innerJoin(attempt, eq(attempt.id, attemptItem.attemptId))
		.where(and(eq(attempt.userId, userId), eq(attempt.status, 'submitted')))
		.orderBy(attempt.submittedAt)
		.all();
	const history = new Map<string, ItemHistory>();
	for (const row of rows) history.set(row.itemId, { lastCorrect: row.isCorrect ?? false });
	return history;
}

export function findOpenAttempt(db: DB, userId: string, examId: string): Attempt | undefined {
	return db
		.select()
		.from(attempt)
		.where(and(eq(attempt.userId, userId), eq(attempt.examId, examId), eq(attempt.status, 'in_progress')))
		.get();
}

/**
 * Starts an attempt, or returns the learner's open attempt at this exam (one open attempt per
 * learner per exam; the partial unique index enforces it even under concurrent requests).
 * Throws BankShortfallError when the bank cannot fill the blueprint.
 */
export function startAttempt(db: DB, library: Library, userId: string, examId: string, random: Random = secureRandom): Attempt {
	const exam = library.exams.get(examId);
	if (!exam) throw new UnknownExamError(`There is no exam "${examId}".`);
	const open = findOpenAttempt(db, userId, examId);
	if (open) return open;

	const blueprint = library.blueprints.get(exam.blueprint)!;
	const form = drawForm(blueprint, exam.itemCount, library.items.values(), itemHistory(db, userId), random);
	const now = new Date();
	const row: Attempt = {
		id: randomId(),
		userId,
		examId,
		status: 'in_progress',
		startedAt: now,
		deadlineAt: null,
		submittedAt: null,
		scoreCorrect: null,
		scoreTotal: null
	};
	try {
		db.transaction((tx) => {
			tx.insert(attempt).values(row).run();
			tx.insert(attemptItem)
				.values(
					form.map(({ item, domainId }, position) => ({
						attemptId: row.id,
						position,
						itemId: item.id,
						domainId,
						snapshot: snapshotItem(item, library.domains.get(domainId)!, library.lessons.get(item.lesson))
					}))
				)
				.run();
		});
	} catch (e) {
		const raced = findOpenAttempt(db, userId, examId);
		if (raced) return raced;
		throw e;
	}
	return row;
}

/** The attempt if it belongs to this user; undefined otherwise, so other learners' ids reveal nothing. */
export function getOwnedAttempt(db: DB, attemptId: string, userId: string): Attempt | undefined {
	return db
		.select()
		.from(attempt)
		.where(and(eq(attempt.id, attemptId), eq(attempt.userId, userId)))
		.get();
}

export function getAttemptItems(db: DB, attemptId: string) {
	return db.select().from(attemptItem).where(eq(attemptItem.attemptId, attemptId)).orderBy(attemptItem.position).all();
}

/** position → chosen label, or null to clear an answer. */
export type Responses = Map<number, string | null>;

function checkResponses(items: { position: number; snapshot: ItemSnapshot }[], responses: Responses) {
	const byPosition = new Map(items.map((i) => [i.position, i.snapshot]));
	for (const [position, label] of responses) {
		const snapshot = byPosition.get(position);
		if (!snapshot) throw new InvalidResponseError(`Question ${position + 1} is not part of this attempt.`);
		if (label !== null && !snapshot.options.some((o) => o.label === label)) {
			throw new InvalidResponseError(`"${label}" is not an option of question ${position + 1}.`);
		}
	}
}

/** Saves answers to an open attempt; committed before this returns. */
export function saveResponses(db: DB, current: Attempt, responses: Responses): void {
	if (current.status !== 'in_progress') throw new AttemptClosedError();
	const items = getAttemptItems(db, current.id);
	checkResponses(items, responses);
	const now = new Date();
	db.transaction((tx) => {
		for (const [position, label] of responses) {
			const before = items.find((i) => i.position === position);
			if (before?.response === label) continue;
			tx.update(attemptItem)
				.set({ response: label, answeredAt: label === null ? null : now })
				.where(and(eq(attemptItem.attemptId, current.id), eq(attemptItem.position, position)))
				.run();
		}
	});
}

/** Saves the last answers (committed first, so none is lost), then scores and closes the attempt in one transaction. */
export function submitAttempt(db: DB, current: Attempt, responses: Responses = new Map()): AttemptScore {
	if (current.status !== 'in_progress') throw new AttemptClosedError();
	saveResponses(db, current, responses);
	const items = getAttemptItems(db, current.id);
	const score = scoreResponses(items.map((i) => ({ snapshot: i.snapshot, response: i.response })));
	db.transaction((tx) => {
		for (const i of items) {
			tx.update(attemptItem)
				.set({ isCorrect: isCorrect(i.snapshot, i.response) })
				.where(and(eq(attemptItem.attemptId, current.id), eq(attemptItem.position, i.position)))
				.run();
		}
		tx.update(attempt)
			.set({ status: 'submitted', submittedAt: new Date(), scoreCorrect: score.correct, scoreTotal: score.total })
			.where(and(eq(attempt.id, current.id), eq(attempt.status, 'in_progress')))
			.run();
	});
	return score;
}

export function listAttempts(db: DB, userId: string, examIds?: string[]): Attempt[] {
	return db
		.select()
		.from(attempt)
		.where(examIds ? and(eq(attempt.userId, userId), inArray(attempt.examId, examIds)) : eq(attempt.userId, userId))
		.orderBy(desc(attempt.startedAt))
		.all();
}
