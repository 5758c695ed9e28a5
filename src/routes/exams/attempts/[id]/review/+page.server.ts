import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { getLibrary } from '$lib/server/content';
import { getAttemptItems, listAttempts } from '$lib/server/exams/attempts';
import { requireOwnedAttempt } from '$lib/server/exams/access';
import { estimateScaledScore, scoreResponses } from '$lib/server/exams/scoring';
import { toFeedbackView } from '$lib/server/exams/snapshot';
import type { PageServerLoad } from './$types';

const FILTERS = ['all', 'incorrect', 'flagged'] as const;

export const load = ((event) => {
	const attempt = requireOwnedAttempt(event);
	// Keys and rationales only after submission.
	if (attempt.status !== 'submitted') redirect(303, `/exams/attempts/${attempt.id}`);
	const db = getDb();
	const library = getLibrary();
	const exam = library.exams.get(attempt.examId);
	const blueprint = exam ? library.blueprints.get(exam.blueprint) : undefined;
	const items = getAttemptItems(db, attempt.id);
	const score = scoreResponses(
		items.map((i) => ({ snapshot: i.snapshot, response: i.response })),
		blueprint?.domains.map((d) => d.id) ?? []
	);
	const show = FILTERS.find((f) => f === event.url.searchParams.get('show')) ?? 'all';
	return {
		attempt: {
			id: attempt.id,
			examTitle: exam?.title ?? attempt.examId,
			mode: attempt.mode,
			startedAt: attempt.startedAt,
			submittedAt: attempt.submittedAt!,
			autoSubmitted: attempt.autoSubmitted,
			timeLimitSeconds: attempt.timeLimitSeconds
		},
		score,
		scaled: blueprint ? { value: estimateScaledScore(score.percent, blueprint.scale), ...blueprint.scale } : null,
		show,
		counts: { incorrect: items.filter((i) => !i.isCorrect).length, flagged: items.filter((i) => i.flagged).length },
		history: listAttempts(db, attempt.userId)
			.filter((a) => a.examId === attempt.examId && a.status === 'submitted')
			.map((a) => ({ id: a.id, submittedAt: a.submittedAt!, correct: a.scoreCorrect ?? 0, total: a.scoreTotal ?? 0 })),
		items: items
			.filter((i) => show === 'all' || (show === 'incorrect' ? !i.isCorrect : i.flagged))
			.map((i) => ({
				position: i.position,
				type: i.snapshot.type,
				domainName: i.snapshot.domainName,
				stemHtml: i.snapshot.stemHtml,
				case: i.snapshot.case,
				response: i.response,
				flagged: i.flagged,
				...toFeedbackView(i.snapshot, i.isCorrect === true)
			}))
	};
}) satisfies PageServerLoad;
