import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { getLibrary } from '$lib/server/content';
import { requireUser } from '$lib/server/auth/guards';
import { listAttempts, startAttempt, UnknownExamError } from '$lib/server/exams/attempts';
import { BankShortfallError } from '$lib/server/exams/draw';
import { field } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) => {
	const user = requireUser(event);
	const library = getLibrary();
	const attempts = listAttempts(getDb(), user.id);
	return {
		exams: [...library.exams.values()].map((e) => ({
			id: e.id,
			title: e.title,
			description: e.description,
			itemCount: e.itemCount,
			blueprint: library.blueprints.get(e.blueprint)!.title,
			openAttemptId: attempts.find((a) => a.examId === e.id && a.status === 'in_progress')?.id ?? null
		})),
		history: attempts
			.filter((a) => a.status === 'submitted')
			.map((a) => ({
				id: a.id,
				examTitle: library.exams.get(a.examId)?.title ?? a.examId,
				submittedAt: a.submittedAt!,
				correct: a.scoreCorrect ?? 0,
				total: a.scoreTotal ?? 0
			}))
	};
}) satisfies PageServerLoad;

export const actions = {
	start: async (event) => {
		const user = requireUser(event);
		const examId = field(await event.request.formData(), 'examId');
		let attemptId: string;
		try {
			attemptId = startAttempt(getDb(), getLibrary(), user.id, examId).id;
		} catch (e) {
			if (e instanceof UnknownExamError) return fail(404, { examId, message: e.message });
			if (e instanceof BankShortfallError) {
				return fail(409, {
					examId,
					message: `This exam cannot be drawn yet: the question bank is short of items. ${e.shortfalls
						.map((s) => `${s.domainName} needs ${s.needed} and has ${s.available}`)
						.join('; ')}.`
				});
			}
			throw e;
		}
		redirect(303, `/exams/attempts/${attemptId}`);
	}
} satisfies Actions;
