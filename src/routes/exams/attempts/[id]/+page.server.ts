import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { getLibrary } from '$lib/server/content';
import { requireUser } from '$lib/server/auth/guards';
import {
	AttemptClosedError,
	InvalidResponseError,
	getAttemptItems,
	getOwnedAttempt,
	saveResponses,
	submitAttempt,
	type Responses
} from '$lib/server/exams/attempts';
import { toOpenView } from '$lib/server/exams/snapshot';
import type { Actions, PageServerLoad } from './$types';

function ownedAttempt(event: RequestEvent<{ id: string }>) {
	const user = requireUser(event);
	const attempt = getOwnedAttempt(getDb(), event.params.id, user.id);
	// Someone else's attempt is indistinguishable from a missing one.
	if (!attempt) error(404, 'There is no such attempt.');
	return attempt;
}

/** Reads `q-<position>` radio values; unanswered questions send nothing and keep what was saved. */
function readResponses(form: FormData): Responses {
	const responses: Responses = new Map();
	for (const [name, value] of form) {
		const match = /^q-(\d{1,4})$/.exec(name);
		if (match && typeof value === 'string') responses.set(Number(match[1]), value);
	}
	return responses;
}

export const load = ((event) => {
	const attempt = ownedAttempt(event);
	if (attempt.status !== 'in_progress') redirect(303, `/exams/attempts/${attempt.id}/review`);
	const exam = getLibrary().exams.get(attempt.examId);
	// Only the answer-free view leaves the server while the attempt is open.
	const items = getAttemptItems(getDb(), attempt.id).map((i) => toOpenView(i.position, i.snapshot, i.response, i.flagged));
	return {
		attempt: { id: attempt.id, examTitle: exam?.title ?? attempt.examId, startedAt: attempt.startedAt },
		items
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const attempt = ownedAttempt(event);
		const responses = readResponses(await event.request.formData());
		try {
			saveResponses(getDb(), attempt, responses);
		} catch (e) {
			if (e instanceof AttemptClosedError) return fail(409, { message: e.message });
			if (e instanceof InvalidResponseError) return fail(400, { message: e.message });
			throw e;
		}
		return { saved: responses.size };
	},
	submit: async (event) => {
		const attempt = ownedAttempt(event);
		const form = await event.request.formData();
		const responses = readResponses(form);
		const db = getDb();
		try {
			saveResponses(db, attempt, responses);
			const unanswered = getAttemptItems(db, attempt.id)
				.filter((i) => i.response === null)
				.map((i) => i.position + 1);
			// Answers are saved either way; submitting with gaps needs an explicit second confirmation.
			if (unanswered.length > 0 && form.get('confirm') !== 'yes') {
				return { confirmSubmit: true, unanswered };
			}
			submitAttempt(db, attempt);
		} catch (e) {
			if (e instanceof AttemptClosedError) redirect(303, `/exams/attempts/${attempt.id}/review`);
			if (e instanceof InvalidResponseError) return fail(400, { message: e.message });
			throw e;
		}
		redirect(303, `/exams/attempts/${attempt.id}/review`);
	}
} satisfies Actions;
