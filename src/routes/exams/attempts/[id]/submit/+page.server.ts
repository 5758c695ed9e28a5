import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { getLibrary } from '$lib/server/content';
import { AttemptClosedError, getAttemptItems, submitAttempt } from '$lib/server/exams/attempts';
import { requireOwnedAttempt } from '$lib/server/exams/access';
import type { Actions, PageServerLoad } from './$types';

// Submitting asks for confirmation on its own page, listing what is unanswered or flagged.
export const load = ((event) => {
	const attempt = requireOwnedAttempt(event);
	if (attempt.status !== 'in_progress') redirect(303, `/exams/attempts/${attempt.id}/review`);
	const items = getAttemptItems(getDb(), attempt.id);
	return {
		attempt: {
			id: attempt.id,
			examTitle: getLibrary().exams.get(attempt.examId)?.title ?? attempt.examId,
			deadlineAt: attempt.deadlineAt?.getTime() ?? null,
			serverNow: Date.now(),
			count: items.length
		},
		unanswered: items.filter((i) => i.response === null).map((i) => i.position + 1),
		flagged: items.filter((i) => i.flagged).map((i) => i.position + 1)
	};
}) satisfies PageServerLoad;

export const actions = {
	default: (event) => {
		const attempt = requireOwnedAttempt(event);
		try {
			if (attempt.status === 'in_progress') submitAttempt(getDb(), attempt);
		} catch (e) {
			if (!(e instanceof AttemptClosedError)) throw e;
		}
		redirect(303, `/exams/attempts/${attempt.id}/review`);
	}
} satisfies Actions;
