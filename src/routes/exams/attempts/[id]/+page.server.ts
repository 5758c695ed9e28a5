import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { getLibrary } from '$lib/server/content';
import {
	AttemptClosedError,
	InvalidResponseError,
	checkItem,
	getAttemptItems,
	saveResponse,
	setFlag,
	setPosition
} from '$lib/server/exams/attempts';
import { requireOwnedAttempt } from '$lib/server/exams/access';
import { toFeedbackView, toOpenView } from '$lib/server/exams/snapshot';
import { text } from '$lib/server/forms';
import type { Attempt } from '$lib/server/db/schema';
import type { Actions, PageServerLoad } from './$types';

const reviewUrl = (a: Attempt) => `/exams/attempts/${a.id}/review`;

export const load = ((event) => {
	const attempt = requireOwnedAttempt(event);
	if (attempt.status !== 'in_progress') redirect(303, reviewUrl(attempt));
	const db = getDb();
	const items = getAttemptItems(db, attempt.id);
	const q = Number(event.url.searchParams.get('q'));
	// No (or a bad) question number: resume exactly where the learner was. Not a redirect, so a
	// failed action's message still renders on this page.
	const position = Number.isInteger(q) && q >= 1 && q <= items.length ? q - 1 : attempt.currentPosition;
	if (position !== attempt.currentPosition) setPosition(db, attempt, position);
	const row = items[position]!;
	const exam = getLibrary().exams.get(attempt.examId);
	return {
		attempt: {
			id: attempt.id,
			examTitle: exam?.title ?? attempt.examId,
			mode: attempt.mode,
			deadlineAt: attempt.deadlineAt?.getTime() ?? null,
			// The browser clock may be wrong: the timer counts down from the server's deadline
			// using the difference between this and the browser's clock at load.
			serverNow: Date.now(),
			count: items.length
		},
		// Only the answer-free view, unless tutor mode and the learner has checked this item.
		item: toOpenView(position, row.snapshot, row.response, row.flagged),
		feedback: attempt.mode === 'tutor' && row.checkedAt ? toFeedbackView(row.snapshot, row.isCorrect === true) : null,
		navigator: items.map((i) => ({ position: i.position, answered: i.response !== null, flagged: i.flagged, checked: i.checkedAt !== null })),
		answered: items.filter((i) => i.response !== null).length
	};
}) satisfies PageServerLoad;

/** The response fields of the form: radios and text send one value, checkboxes several. */
function responseOf(form: FormData): string[] {
	return form.getAll('response').filter((v): v is string => typeof v === 'string');
}

/** A whole number; whether the attempt has that question is checked when the answer is saved. */
function positionOf(form: FormData): number | null {
	const p = Number(text(form, 'position'));
	return Number.isInteger(p) && p >= 0 ? p : null;
}

/** Shared by every action: save what the form holds for its question, or say why not. */
function withSavedAnswer<T>(attempt: Attempt, form: FormData, then: (position: number) => T) {
	const db = getDb();
	const position = positionOf(form);
	const typed = responseOf(form);
	if (position === null) return fail(400, { message: 'That question is not part of this attempt.', typed });
	try {
		saveResponse(db, attempt, position, typed);
		return then(position);
	} catch (e) {
		if (e instanceof AttemptClosedError) redirect(303, reviewUrl(attempt));
		if (e instanceof InvalidResponseError) return fail(400, { message: e.message, typed });
		throw e;
	}
}

export const actions = {
	/** Save, then go where the pressed button says: another question, or the submit page. */
	save: async (event) => {
		const attempt = requireOwnedAttempt(event);
		const form = await event.request.formData();
		const goto = text(form, 'goto');
		return withSavedAnswer(attempt, form, (position) => {
			if (goto === 'submit') redirect(303, `/exams/attempts/${attempt.id}/submit`);
			const target = Number(goto);
			if (goto !== '' && Number.isInteger(target)) {
				setPosition(getDb(), attempt, target);
				redirect(303, `/exams/attempts/${attempt.id}?q=${target + 1}`);
			}
			return { saved: position };
		});
	},
	flag: async (event) => {
		const attempt = requireOwnedAttempt(event);
		const form = await event.request.formData();
		return withSavedAnswer(attempt, form, (position) => {
			setFlag(getDb(), attempt, position, text(form, 'flagged') === 'true');
			return { saved: position };
		});
	},
	check: async (event) => {
		const attempt = requireOwnedAttempt(event);
		const form = await event.request.formData();
		return withSavedAnswer(attempt, form, (position) => {
			checkItem(getDb(), attempt, position);
			return { saved: position };
		});
	}
} satisfies Actions;
