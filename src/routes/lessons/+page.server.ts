import { getDb } from '$lib/server/db';
import { getLibrary } from '$lib/server/content';
import { completedLessons } from '$lib/server/progress/lessons';
import type { PageServerLoad } from './$types';

// Lessons are public; completion marks are shown only for the signed-in learner's own record.
export const load = (({ locals }) => {
	const library = getLibrary();
	const done = locals.user ? completedLessons(getDb(), locals.user.id) : new Map<string, Date>();
	return {
		signedIn: !!locals.user,
		tracks: library.tracks.map((t) => ({
			id: t.id,
			title: t.title,
			description: t.description,
			lessons: t.lessons.map((l) => ({
				href: `/lessons/${l.id}`,
				title: l.title,
				summary: l.summary,
				minutes: Math.max(1, Math.round(l.wordCount / 200)),
				domains: l.domains,
				completed: done.has(l.id)
			}))
		})).filter((t) => t.lessons.length > 0),
		completedCount: done.size,
		lessonCount: library.lessons.size
	};
}) satisfies PageServerLoad;
