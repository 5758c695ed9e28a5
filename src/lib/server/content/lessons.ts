import { parse } from 'yaml';
import { countWords, renderMarkdown } from './markdown.ts';
import { isRecord, nonEmptyString, parseYaml, type ProblemLog } from './problems.ts';
import type { Lesson, Track } from './types.ts';

export const MIN_LESSON_WORDS = 600;

const LESSON_PATH = /^lessons\/([a-z0-9-]+)\/(\d{2})-([a-z0-9-]+)\.md$/;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function isLessonPath(file: string): boolean {
	return file.startsWith('lessons/') && file.endsWith('.md');
}

export function parseTrack(file: string, raw: string, log: ProblemLog): Omit<Track, 'lessons'> | null {
	const data = parseYaml(file, raw, log);
	const id = file.split('/')[1] ?? '';
	if (!isRecord(data)) {
		log.add(file, 'must be a YAML mapping with title, description and order');
		return null;
	}
	if (!nonEmptyString(data.title)) log.add(file, 'missing title');
	if (typeof data.order !== 'number') log.add(file, 'order must be a number');
	return {
		id,
		title: String(data.title ?? id),
		description: String(data.description ?? ''),
		order: typeof data.order === 'number' ? data.order : 999
	};
}

/** Parses one lesson file; domain ids are checked later against the blueprints. */
export function parseLesson(file: string, raw: string, log: ProblemLog): Lesson | null {
	const path = LESSON_PATH.exec(file);
	if (!path) {
		log.add(file, 'lesson files must be named lessons/<track>/<nn>-<slug>.md (lowercase, digits, dashes)');
		return null;
	}
	const [, track, order, slug] = path as unknown as [string, string, string, string];
	const fm = FRONT_MATTER.exec(raw);
	if (!fm) {
		log.add(file, 'missing front matter (--- title, summary, domains, objectives ---)');
		return null;
	}
	let meta: unknown;
	try {
		meta = parse(fm[1] ?? '');
	} catch (e) {
		log.add(file, `invalid front matter: ${(e as Error).message.split('\n')[0]}`);
		return null;
	}
	if (!isRecord(meta)) {
		log.add(file, 'front matter must be a YAML mapping');
		return null;
	}
	const body = fm[2] ?? '';
	const before = log.problems.length;
	if (!nonEmptyString(meta.title)) log.add(file, 'missing title');
	if (!nonEmptyString(meta.summary)) log.add(file, 'missing summary');
	const domains = stringList(meta.domains);
	if (!domains || domains.length === 0) log.add(file, 'domains must list at least one exam domain id');
	const objectives = stringList(meta.objectives);
	if (!objectives || objectives.length === 0) log.add(file, 'objectives must list at least one objective');
	if (/^\s*#\s/m.test(body.split('\n').find((l) => l.trim() !== '') ?? '')) {
		log.add(file, 'the body must not start with a # heading: the title comes from the front matter');
	}
	const wordCount = countWords(body);
	if (wordCount < MIN_LESSON_WORDS) log.add(file, `body has ${wordCount} words; lessons need at least ${MIN_LESSON_WORDS}`);
	if (log.problems.length > before) return null;

	const { html, toc } = renderMarkdown(body);
	return {
		id: `${track}/${slug}`,
		track,
		slug,
		order: Number(order),
		title: String(meta.title).trim(),
		summary: String(meta.summary).trim(),
		domains: domains ?? [],
		objectives: objectives ?? [],
		html,
		toc,
		wordCount,
		file
	};
}

function stringList(value: unknown): string[] | null {
	if (!Array.isArray(value) || !value.every(nonEmptyString)) return null;
	return value.map((v) => v.trim());
}
