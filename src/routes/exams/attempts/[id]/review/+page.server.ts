import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { getLibrary } from '$lib/server/content';
import { requireUser } from '$lib/server/auth/guards';
import { getAttemptItems, getOwnedAttempt } from '$lib/server/exams/attempts';
import { scoreResponses } from '$lib/server/exams/scoring';
import type { PageServerLoad } from './$types';

export const load = ((event) => {
	const user = requireUser(event);
	const db = getDb();
	const attempt = getOwnedAttempt(db, event.params.id, user.id);
	if (!attempt) error(404, 'There is no such attempt.');
	// Keys and rationales only after submission.
	if (attempt.status !== 'submitted') redirect(303, `/exams/attempts/${attempt.id}`);

	const library = getLibrary();
	const exam = library.exams.get(attempt.examId);
	const domainOrder = exam ? (library.blueprints.get(exam.blueprint)?.domains.map((d) => d.id) ?? []) : [];
	const items = getAttemptItems(db, attempt.id);
	const score = scoreResponses(
		items.map((i) => ({ snapshot: i.snapshot, response: i.response })),
		domainOrder
	);
	const show = event.url.searchParams.get('show') === 'incorrect' ? 'incorrect' : 'all';
	return {
		attempt: {
			id: attempt.id,
			examTitle: exam?.title ?? attempt.examId,
			startedAt: attempt.startedAt,
			submittedAt: attempt.submittedAt!
		},
		score,
		show,
		items: items
			.map((i) => ({
				position: i.position,
				domainName: i.snapshot.domainName,
				stemHtml: i.snapshot.stemHtml,
				options: i.snapshot.options,
				key: i.snapshot.key,
				response: i.response,
				correct: i.isCorrect === true,
				rationaleHtml: i.snapshot.rationaleHtml,
				source: i.snapshot.source,
				lesson: i.snapshot.lesson
			}))
			.filter((i) => show === 'all' || !i.correct)
	};
}) satisfies PageServerLoad;
