import { fail, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { user as userTable } from '$lib/server/db/schema';
import { getLibrary } from '$lib/server/content';
import { requireUser } from '$lib/server/auth/guards';
import {
	StartChoiceError,
	UnknownExamError,
	listAttempts,
	startAttempt,
	timeLimitSeconds
} from '$lib/server/exams/attempts';
import { BankShortfallError, findShortfalls } from '$lib/server/exams/draw';
import { estimateScaledScore } from '$lib/server/exams/scoring';
import { field } from '$lib/server/forms';
import type { Mode } from '$lib/server/content';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) => {
	const me = requireUser(event);
	const db = getDb();
	const library = getLibrary();
	const attempts = listAttempts(db, me.id);
	const extra = db.select({ p: userTable.extraTimePercent }).from(userTable).where(eq(userTable.id, me.id)).get()?.p ?? 100;
	const exams = [...library.exams.values()].map((e) => {
		const blueprint = library.blueprints.get(e.blueprint)!;
		const limit = timeLimitSeconds(e, e.itemCount, extra);
		return {
			id: e.id,
			title: e.title,
			description: e.description,
			kind: e.kind,
			blueprintId: blueprint.id,
			blueprintTitle: blueprint.title,
			itemCount: e.itemCount,
			minItems: e.minItems,
			maxItems: e.maxItems,
			modes: e.modes,
			minutes: limit === null ? null : Math.round(limit / 60),
			minutesPerItem: e.minutesPerItem === null ? null : Math.round(e.minutesPerItem * (extra / 100) * 100) / 100,
			domains: blueprint.domains.map((d) => ({ id: d.id, name: d.name })),
			// Full forms can be checked now; domain and custom quizzes depend on the learner's choice.
			shortfalls: e.kind === 'blueprint' ? findShortfalls(blueprint, e.itemCount, library.items.values()) : [],
			openAttemptId: attempts.find((a) => a.examId === e.id && a.status === 'in_progress')?.id ?? null
		};
	});
	return {
		extraTimePercent: extra,
		blueprints: [...library.blueprints.values()].map((b) => ({ id: b.id, title: b.title })),
		exams,
		history: attempts
			.filter((a) => a.status === 'submitted')
			.map((a) => {
				const exam = library.exams.get(a.examId);
				const scale = exam ? library.blueprints.get(exam.blueprint)?.scale : undefined;
				const percent = a.scoreTotal ? (100 * (a.scoreCorrect ?? 0)) / a.scoreTotal : 0;
				return {
					id: a.id,
					examId: a.examId,
					examTitle: exam?.title ?? a.examId,
					mode: a.mode,
					submittedAt: a.submittedAt!,
					correct: a.scoreCorrect ?? 0,
					total: a.scoreTotal ?? 0,
					percent: Math.round(percent),
					scaled: scale ? estimateScaledScore(percent, scale) : null
				};
			})
	};
}) satisfies PageServerLoad;

export const actions = {
	start: async (event) => {
		const me = requireUser(event);
		const form = await event.request.formData();
		const examId = field(form, 'examId');
		const mode = field(form, 'mode') as Mode;
		const domainIds = form.getAll('domain').filter((v): v is string => typeof v === 'string');
		const itemsText = field(form, 'items');
		const itemCount = itemsText === '' ? undefined : Number(itemsText);
		// Echo the choices back so a correction does not mean choosing everything again.
		const kept = { examId, mode, domainIds, items: itemsText };
		let attemptId: string;
		try {
			if (itemCount !== undefined && !Number.isInteger(itemCount)) throw new StartChoiceError('Enter the number of items as a whole number.');
			attemptId = startAttempt(getDb(), getLibrary(), me.id, { examId, mode, domainIds, itemCount }).id;
		} catch (e) {
			if (e instanceof UnknownExamError) return fail(404, { ...kept, message: e.message });
			if (e instanceof StartChoiceError) return fail(400, { ...kept, message: e.message });
			if (e instanceof BankShortfallError) {
				return fail(409, {
					...kept,
					message: `The question bank is too small for this choice: ${e.shortfalls
						.map((s) => `${s.domainName} needs ${s.needed} items and has ${s.available}`)
						.join('; ')}.`
				});
			}
			throw e;
		}
		redirect(303, `/exams/attempts/${attemptId}?q=1`);
	}
} satisfies Actions;
