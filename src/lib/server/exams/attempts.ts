import { and, asc, count, desc, eq, isNotNull, lte } from 'drizzle-orm';
import type { DB } from '../db';
import { attempt, attemptItem, user, type Attempt, type AttemptItem } from '../db/schema';
import type { ExamDefinition, Library, Mode } from '../content/types';
import { randomId } from '../ids';
import { drawForm, type ItemHistory } from './draw';
import { secureRandom, type Random } from './random';
import { isCorrect, parseChoiceResponse, scoreResponses, type AttemptScore } from './scoring';
import { snapshotItem, type ItemSnapshot } from './snapshot';

/** Answers sent just before the deadline may arrive just after it; the server accepts them this long. */
export const DEADLINE_GRACE_MS = 5_000;
const CODE_MAX = 12;

export class UnknownExamError extends Error {}
/** The learner's choices for a new attempt do not fit the exam (mode, domains, length). */
export class StartChoiceError extends Error {}
export class AttemptClosedError extends Error {
	constructor(message = 'This attempt has ended; answers can no longer change.') {
		super(message);
	}
}
export class InvalidResponseError extends Error {}

export interface StartChoices {
	examId: string;
	mode: Mode;
	/** Domain quiz: exactly one; custom quiz: one or more; ignored for full forms. */
	domainIds?: string[];
	/** Custom quiz only. */
	itemCount?: number;
}

/** The exam-mode time limit in seconds, accommodation included; null when untimed. */
export function timeLimitSeconds(exam: ExamDefinition, itemCount: number, extraTimePercent: number): number | null {
	const minutes = exam.timeLimitMinutes ?? (exam.minutesPerItem ? exam.minutesPerItem * itemCount : null);
	if (minutes === null) return null;
	return Math.round(minutes * 60 * (extraTimePercent / 100));
}

/** Checks the learner's choices against the exam definition and returns what to draw. */
export function resolveChoices(library: Library, choices: StartChoices) {
	const exam = library.exams.get(choices.examId);
	if (!exam) throw new UnknownExamError(`There is no exam "${choices.examId}".`);
	if (!exam.modes.includes(choices.mode)) throw new StartChoiceError(`Choose a mode: ${exam.modes.join(' or ')}.`);
	const blueprint = library.blueprints.get(exam.blueprint)!;
	const known = new Set(blueprint.domains.map((d) => d.id));
	const picked = [...new Set(choices.domainIds ?? [])];
	if (picked.some((d) => !known.has(d))) throw new StartChoiceError('Choose domains of this exam only.');
	if (exam.kind === 'blueprint') return { exam, blueprint, domainIds: null, itemCount: exam.itemCount };
	if (exam.kind === 'domain') {
		if (picked.length !== 1) throw new StartChoiceError('Choose one domain for the quiz.');
		return { exam, blueprint, domainIds: picked, itemCount: exam.itemCount };
	}
	if (picked.length === 0) throw new StartChoiceError('Choose at least one domain.');
	const n = choices.itemCount ?? exam.itemCount;
	if (!Number.isInteger(n) || n < exam.minItems || n > exam.maxItems) {
		throw new StartChoiceError(`Choose between ${exam.minItems} and ${exam.maxItems} items.`);
	}
	return { exam, blueprint, domainIds: blueprint.domains.map((d) => d.id).filter((d) => picked.includes(d)), itemCount: n };
}

/** The latest outcome of every item the learner has answered in a submitted attempt. */
function itemHistory(db: DB, userId: string): Map<string, ItemHistory> {
	const rows = db
		.select({ itemId: attemptItem.itemId, isCorrect: attemptItem.isCorrect })
		.from(attemptItem)
		.innerJoin(attempt, eq(attempt.id, attemptItem.attemptId))
		.where(and(eq(attempt.userId, userId), eq(attempt.status, 'submitted')))
		.orderBy(asc(attempt.submittedAt))
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
 * learner per exam; a partial unique index enforces it under concurrent requests too). Draws the
 * form, shuffles each item's options and stores both. Throws BankShortfallError when the bank
 * cannot fill the blueprint, and StartChoiceError for choices that do not fit the exam.
 */
export function startAttempt(
	db: DB,
	library: Library,
	userId: string,
	choices: StartChoices,
	random: Random = secureRandom,
	now = new Date()
): Attempt {
	const { exam, blueprint, domainIds, itemCount } = resolveChoices(library, choices);
	const open = findOpenAttempt(db, userId, exam.id);
	if (open) return finaliseIfExpired(db, open, now);

	const form = drawForm(blueprint, itemCount, library.items.values(), itemHistory(db, userId), random, domainIds ?? undefined);
	const extra = db.select({ p: user.extraTimePercent }).from(user).where(eq(user.id, userId)).get()?.p ?? 100;
	const limit = choices.mode === 'exam' ? timeLimitSeconds(exam, itemCount, extra) : null;
	const row: Attempt = {
		id: randomId(),
		userId,
		examId: exam.id,
		status: 'in_progress',
		mode: choices.mode,
		domainIds,
		startedAt: now,
		deadlineAt: limit === null ? null : new Date(now.getTime() + limit * 1000),
		timeLimitSeconds: limit,
		currentPosition: 0,
		submittedAt: null,
		autoSubmitted: false,
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
						snapshot: snapshotItem(item, library.domains.get(domainId)!, library.lessons.get(item.lesson), random)
					}))
				)
				.run();
		});
	} catch (e) {
		const raced = findOpenAttempt(db, userId, exam.id);
		if (raced) return raced;
		throw e;
	}
	return row;
}

/**
 * The attempt if it belongs to this user (undefined otherwise, so other learners' ids reveal
 * nothing), finalised first if its deadline has passed.
 */
export function getOwnedAttempt(db: DB, attemptId: string, userId: string, now = new Date()): Attempt | undefined {
	const row = db
		.select()
		.from(attempt)
		.where(and(eq(attempt.id, attemptId), eq(attempt.userId, userId)))
		.get();
	return row ? finaliseIfExpired(db, row, now) : undefined;
}

export function getAttemptItems(db: DB, attemptId: string): AttemptItem[] {
	return db.select().from(attemptItem).where(eq(attemptItem.attemptId, attemptId)).orderBy(asc(attemptItem.position)).all();
}

/** Answered and total counts, without reading the item snapshots (autosave calls this every time). */
export function countAnswered(db: DB, attemptId: string): { answered: number; total: number } {
	const row = db
		.select({ total: count(), answered: count(attemptItem.response) })
		.from(attemptItem)
		.where(eq(attemptItem.attemptId, attemptId))
		.get();
	return { answered: row?.answered ?? 0, total: row?.total ?? 0 };
}

function getAttemptItem(db: DB, attemptId: string, position: number): AttemptItem {
	const row = db
		.select()
		.from(attemptItem)
		.where(and(eq(attemptItem.attemptId, attemptId), eq(attemptItem.position, position)))
		.get();
	if (!row) throw new InvalidResponseError(`Question ${position + 1} is not part of this attempt.`);
	return row;
}

const pastDeadline = (a: Attempt, now: Date) => a.deadlineAt !== null && now.getTime() > a.deadlineAt.getTime() + DEADLINE_GRACE_MS;

function assertOpen(db: DB, current: Attempt, now: Date): void {
	if (current.status !== 'in_progress') throw new AttemptClosedError();
	if (pastDeadline(current, now)) {
		finaliseIfExpired(db, current, now);
		throw new AttemptClosedError('Time is up: the attempt was submitted with the answers saved before the deadline.');
	}
}

/** Turns what a form sent into the stored response, or explains why it cannot be one. */
export function normaliseResponse(snapshot: ItemSnapshot, raw: string | string[] | null, position: number): string | null {
	const values = (Array.isArray(raw) ? raw : raw === null ? [] : [raw]).map((v) => v.trim()).filter(Boolean);
	if (values.length === 0) return null;
	const q = `question ${position + 1}`;
	if (snapshot.type === 'code') {
		const code = values.join('');
		if (code.length > CODE_MAX || !/^[A-Za-z0-9.\s]+$/.test(code)) {
			throw new InvalidResponseError(`Enter a code of letters, digits and a dot (at most ${CODE_MAX} characters) for ${q}.`);
		}
		return code.toUpperCase().replace(/\s+/g, '');
	}
	const letters = parseChoiceResponse(values.join(','));
	const labels = snapshot.options.map((o) => o.label as string);
	for (const l of letters) if (!labels.includes(l)) throw new InvalidResponseError(`"${l}" is not an option of ${q}.`);
	if (snapshot.type === 'single' && letters.length > 1) throw new InvalidResponseError(`Choose one answer for ${q}.`);
	if (snapshot.type === 'multiple' && letters.length > snapshot.key.length) {
		throw new InvalidResponseError(`Choose no more than ${snapshot.key.length} answers for ${q}.`);
	}
	return letters.join(',');
}

/** Saves one answer (null clears it); committed before this returns. */
export function saveResponse(db: DB, current: Attempt, position: number, raw: string | string[] | null, now = new Date()): string | null {
	assertOpen(db, current, now);
	const row = getAttemptItem(db, current.id, position);
	const response = normaliseResponse(row.snapshot, raw, position);
	if (row.checkedAt) {
		// A checked item's inputs are disabled and send nothing: that is not a change.
		if (response === null || response === row.response) return row.response;
		throw new InvalidResponseError(`You have checked question ${position + 1}; its answer can no longer change.`);
	}
	if (response !== row.response) {
		db.update(attemptItem)
			.set({ response, answeredAt: response === null ? null : now })
			.where(and(eq(attemptItem.attemptId, current.id), eq(attemptItem.position, position)))
			.run();
	}
	return response;
}

export function setFlag(db: DB, current: Attempt, position: number, flagged: boolean, now = new Date()): void {
	assertOpen(db, current, now);
	getAttemptItem(db, current.id, position);
	db.update(attemptItem)
		.set({ flagged })
		.where(and(eq(attemptItem.attemptId, current.id), eq(attemptItem.position, position)))
		.run();
}

/** Remembers where the learner is, so a reload or another device resumes there. */
export function setPosition(db: DB, current: Attempt, position: number, now = new Date()): void {
	assertOpen(db, current, now);
	getAttemptItem(db, current.id, position);
	db.update(attempt).set({ currentPosition: position }).where(eq(attempt.id, current.id)).run();
}

/** Tutor mode: locks the answer and records whether it was right, so feedback can be shown. */
export function checkItem(db: DB, current: Attempt, position: number, now = new Date()): AttemptItem {
	if (current.mode !== 'tutor') throw new InvalidResponseError('Feedback comes after submission in exam mode.');
	assertOpen(db, current, now);
	const row = getAttemptItem(db, current.id, position);
	if (row.response === null) throw new InvalidResponseError(`Answer question ${position + 1} before checking it.`);
	if (row.checkedAt) return row;
	const updated = { ...row, checkedAt: now, isCorrect: isCorrect(row.snapshot, row.response) };
	db.update(attemptItem)
		.set({ checkedAt: now, isCorrect: updated.isCorrect })
		.where(and(eq(attemptItem.attemptId, current.id), eq(attemptItem.position, position)))
		.run();
	return updated;
}

/**
 * Scores every item with the answers saved so far and closes the attempt in one transaction.
 * `auto` marks a deadline submission; its time is the deadline, not when the server noticed.
 */
export function submitAttempt(db: DB, current: Attempt, { auto = false, now = new Date() } = {}): AttemptScore {
	if (current.status !== 'in_progress') throw new AttemptClosedError();
	if (!auto) assertOpen(db, current, now);
	const items = getAttemptItems(db, current.id);
	const score = scoreResponses(items.map((i) => ({ snapshot: i.snapshot, response: i.response })));
	const submittedAt = auto && current.deadlineAt ? current.deadlineAt : now;
	db.transaction((tx) => {
		for (const i of items) {
			tx.update(attemptItem)
				.set({ isCorrect: isCorrect(i.snapshot, i.response) })
				.where(and(eq(attemptItem.attemptId, current.id), eq(attemptItem.position, i.position)))
				.run();
		}
		tx.update(attempt)
			.set({ status: 'submitted', submittedAt, autoSubmitted: auto, scoreCorrect: score.correct, scoreTotal: score.total })
			.where(and(eq(attempt.id, current.id), eq(attempt.status, 'in_progress')))
			.run();
	});
	return score;
}

/** Submits an open attempt whose deadline (plus grace) has passed; returns the current row. */
export function finaliseIfExpired(db: DB, current: Attempt, now = new Date()): Attempt {
	if (current.status !== 'in_progress' || !pastDeadline(current, now)) return current;
	submitAttempt(db, current, { auto: true, now });
	return db.select().from(attempt).where(eq(attempt.id, current.id)).get()!;
}

/** Finalises every overdue attempt, also when nobody has the page open (run on a timer and at start-up). */
export function finaliseExpiredAttempts(db: DB, now = new Date()): number {
	const overdue = db
		.select()
		.from(attempt)
		.where(
			and(
				eq(attempt.status, 'in_progress'),
				isNotNull(attempt.deadlineAt),
				lte(attempt.deadlineAt, new Date(now.getTime() - DEADLINE_GRACE_MS))
			)
		)
		.all();
	for (const a of overdue) finaliseIfExpired(db, a, now);
	return overdue.length;
}

export function listAttempts(db: DB, userId: string): Attempt[] {
	return db.select().from(attempt).where(eq(attempt.userId, userId)).orderBy(desc(attempt.startedAt)).all();
}
