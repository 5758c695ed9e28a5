import { parseBlueprint } from './blueprints.ts';
import { parseExam } from './exams.ts';
import { isLessonPath, parseLesson, parseTrack } from './lessons.ts';
import { ProblemLog } from './problems.ts';
import { parseQuestionFile } from './questions.ts';
import { OPTION_LABELS, type Blueprint, type Domain, type ExamDefinition, type Item, type Lesson, type Library, type Track } from './types.ts';

/** Content files keyed by their path relative to content/, e.g. `lessons/coding/01-x.md`. */
export type ContentFiles = Record<string, string>;

/** The content guide's bound on each key position's share of the bank, checked once the bank is big enough to mean it. */
export const KEY_BALANCE = { min: 0.2, max: 0.3, fromItems: 20 } as const;

/**
 * Parses and validates every content file, then checks the rules that span files. Throws a
 * ContentError naming each file and problem, so a bad file stops the build and the tests.
 */
export function buildLibrary(files: ContentFiles): Library {
	const log = new ProblemLog();
	const paths = Object.keys(files).sort();
	const read = (prefix: string, suffix: string) => paths.filter((p) => p.startsWith(prefix) && p.endsWith(suffix));

	const blueprints = new Map<string, Blueprint>();
	const domains = new Map<string, Domain>();
	for (const file of read('blueprints/', '.yaml')) {
		const bp = parseBlueprint(file, files[file]!, log);
		if (!bp) continue;
		if (blueprints.has(bp.id)) log.add(file, `duplicate blueprint id "${bp.id}"`);
		blueprints.set(bp.id, bp);
		for (const d of bp.domains) {
			if (domains.has(d.id)) log.add(file, `duplicate domain id "${d.id}"`);
			domains.set(d.id, d);
		}
	}

	const tracks = new Map<string, Track>();
	for (const file of read('lessons/', '/_track.yaml')) {
		const t = parseTrack(file, files[file]!, log);
		if (t) tracks.set(t.id, { ...t, lessons: [] });
	}

	const lessons = new Map<string, Lesson>();
	for (const file of paths.filter(isLessonPath)) {
		const lesson = parseLesson(file, files[file]!, log);
		if (!lesson) continue;
		const track = tracks.get(lesson.track);
		if (!track) {
			log.add(file, `track "${lesson.track}" has no _track.yaml`);
			continue;
		}
		const existing = lessons.get(lesson.id);
		if (existing) {
			log.add(file, `duplicate slug "${lesson.slug}" in track "${lesson.track}" (also content/${existing.file})`);
			continue;
		}
		for (const d of lesson.domains) if (!domains.has(d)) log.add(file, `unknown domain "${d}"`);
		lessons.set(lesson.id, lesson);
		track.lessons.push(lesson);
	}
	for (const track of tracks.values()) track.lessons.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));

	const items = new Map<string, Item>();
	const stems = new Map<string, Item>();
	const sets = new Map<string, string>();
	for (const file of paths.filter((p) => p.startsWith('questions/'))) {
		if (!file.endsWith('.yaml')) {
			log.add(file, 'question files must end in .yaml');
			continue;
		}
		for (const item of parseQuestionFile(file, files[file]!, log)) {
			const where = `item ${item.id}`;
			if (item.set) {
				const owner = sets.get(item.set.id);
				if (owner && owner !== file) log.add(file, `set ${item.set.id}: duplicate id (also in content/${owner})`);
				sets.set(item.set.id, file);
			}
			const twin = items.get(item.id);
			if (twin) {
				log.add(file, `${where}: duplicate id (also in content/${twin.file})`);
				continue;
			}
			const stemKey = item.stemText.toLowerCase().replace(/\s+/g, ' ');
			const sameStem = stems.get(stemKey);
			if (sameStem) log.add(file, `${where}: same stem as item ${sameStem.id}`);
			stems.set(stemKey, item);
			checkItemReferences(item, domains, lessons, log);
			items.set(item.id, item);
		}
	}
	checkKeyBalance([...items.values()], log);

	const exams = new Map<string, ExamDefinition>();
	for (const file of read('exams/', '.yaml')) {
		const exam = parseExam(file, files[file]!, log);
		if (!exam) continue;
		if (!blueprints.has(exam.blueprint)) log.add(file, `unknown blueprint "${exam.blueprint}"`);
		exams.set(exam.id, exam);
	}

	log.throwIfAny();
	return {
		blueprints,
		domains,
		tracks: [...tracks.values()].sort((a, b) => a.order - b.order),
		lessons,
		items,
		exams
	};
}

function checkItemReferences(item: Item, domains: Map<string, Domain>, lessons: Map<string, Lesson>, log: ProblemLog) {
	const where = `item ${item.id}`;
	const perBlueprint = new Set<string>();
	for (const id of item.domains) {
		const domain = domains.get(id);
		if (!domain) {
			log.add(item.file, `${where}: unknown domain "${id}"`);
			continue;
		}
		if (perBlueprint.has(domain.blueprintId)) log.add(item.file, `${where}: more than one ${domain.blueprintId} domain`);
		perBlueprint.add(domain.blueprintId);
	}
	if (!lessons.has(item.lesson)) log.add(item.file, `${where}: lesson "${item.lesson}" does not exist`);
}

function checkKeyBalance(bank: Item[], log: ProblemLog) {
	// The guide's rule is about 4-option items: multiple-response keys are not one position.
	const items = bank.filter((i) => i.type === 'single');
	if (items.length < KEY_BALANCE.fromItems) return;
	for (const label of OPTION_LABELS.slice(0, 4)) {
		const share = items.filter((i) => i.key[0] === label).length / items.length;
		if (share < KEY_BALANCE.min || share > KEY_BALANCE.max) {
			log.add(
				'questions/',
				`key ${label} is ${(share * 100).toFixed(1)}% of the single-best-answer items; each key position must be ${KEY_BALANCE.min * 100}-${KEY_BALANCE.max * 100}%`
			);
		}
	}
}
