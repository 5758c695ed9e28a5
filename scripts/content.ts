/**
 * Content checks and coverage from the command line, without building the site.
 *   npm run content:check          validate everything; exit 1 with each file's problems
 *   npm run --silent content:stats one JSON object: lessons, items, itemsByDomain, ...
 */
import { resolve } from 'node:path';
import { readContentDir } from '../src/lib/server/content/files.ts';
import { buildLibrary } from '../src/lib/server/content/library.ts';
import { ContentError } from '../src/lib/server/content/problems.ts';

const command = process.argv[2] ?? 'check';
try {
	const library = buildLibrary(readContentDir(resolve(import.meta.dirname, '..', 'content')));
	if (command === 'stats') {
		const itemsByDomain: Record<string, number> = {};
		const lessonsByDomain: Record<string, number> = {};
		for (const id of library.domains.keys()) {
			itemsByDomain[id] = 0;
			lessonsByDomain[id] = 0;
		}
		const itemsByType: Record<string, number> = {};
		for (const item of library.items.values()) {
			for (const d of item.domains) itemsByDomain[d] = (itemsByDomain[d] ?? 0) + 1;
			itemsByType[item.type] = (itemsByType[item.type] ?? 0) + 1;
		}
		for (const lesson of library.lessons.values()) {
			for (const d of lesson.domains) lessonsByDomain[d] = (lessonsByDomain[d] ?? 0) + 1;
		}
		const words = [...library.lessons.values()].map((l) => l.wordCount);
		console.log(
			JSON.stringify(
				{
					lessons: library.lessons.size,
					lessonWords: { total: words.reduce((a, b) => a + b, 0), min: Math.min(...words) },
					lessonsByDomain,
					items: library.items.size,
					itemsByDomain,
					itemsByType,
					exams: [...library.exams.keys()]
				},
				null,
				2
			)
		);
	} else {
		console.log(`Content OK: ${library.lessons.size} lessons, ${library.items.size} items, ${library.exams.size} exams.`);
	}
} catch (e) {
	if (e instanceof ContentError) {
		console.error(e.message);
		process.exit(1);
	}
	throw e;
}
