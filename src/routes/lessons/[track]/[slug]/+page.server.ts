import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { getLibrary } from '$lib/server/content';
import { requireUser } from '$lib/server/auth/guards';
import { completedLessons, markLessonComplete, markLessonIncomplete } from '$lib/server/progress/lessons';
import type { Actions, PageServerLoad } from './$types';

function findLesson(track: string, slug: string) {
	const library = getLibrary();
	const lesson = library.lessons.get(`${track}/${slug}`);
	if (!lesson) error(404, 'There is no such lesson.');
	return { library, lesson };
}

export const load = (({ params, locals }) => {
	const { library, lesson } = findLesson(params.track, params.slug);
	const trackLessons = library.tracks.find((t) => t.id === lesson.track)!.lessons;
	const index = trackLessons.findIndex((l) => l.id === lesson.id);
	const link = (l: (typeof trackLessons)[number] | undefined) => (l ? { href: `/lessons/${l.id}`, title: l.title } : null);
	const completedAt = locals.user ? (completedLessons(getDb(), locals.user.id).get(lesson.id) ?? null) : null;
	return {
		lesson: {
			id: lesson.id,
			title: lesson.title,
			summary: lesson.summary,
			objectives: lesson.objectives,
			html: lesson.html,
			toc: lesson.toc,
			domains: lesson.domains.map((id) => ({ id, name: library.domains.get(id)?.name ?? id }))
		},
		track: { id: lesson.track, title: library.tracks.find((t) => t.id === lesson.track)!.title },
		previous: link(trackLessons[index - 1]),
		next: link(trackLessons[index + 1]),
		signedIn: !!locals.user,
		completedAt
	};
}) satisfies PageServerLoad;

export const actions = {
	complete: (event) => {
		const user = requireUser(event);
		const { lesson } = findLesson(event.params.track, event.params.slug);
		markLessonComplete(getDb(), user.id, lesson.id);
		return { completed: true };
	},
	reopen: (event) => {
		const user = requireUser(event);
		const { lesson } = findLesson(event.params.track, event.params.slug);
		markLessonIncomplete(getDb(), user.id, lesson.id);
		return { completed: false };
	}
} satisfies Actions;

