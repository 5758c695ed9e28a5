import { renderMarkdown, renderInline } from './markdown.ts';
import { isRecord, nonEmptyString, parseYaml, type ProblemLog } from './problems.ts';
import {
	CODE_SETS,
	COGNITIVE_LEVELS,
	DIFFICULTIES,
	ITEM_TYPES,
	OPTION_LABELS,
	type CodeSet,
	type Item,
	type OptionLabel,
	type ScenarioSet
} from './types.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// The content guide bans these option forms: they test test-taking, not knowledge.
const BANNED_OPTION = /\b(all|none) of the above\b/i;
// Options are shuffled per attempt, so explanations must not name options by letter. Catches the
// usual forms ("option B", "(C)", "D is correct") without flagging "Medicare Part A" or "hepatitis B".
// A citation's sub-paragraph such as 1320a-7b(b)(3)(A) follows a word or a parenthesis, so it is not caught.
const LETTER_REFERENCE = /\b(?:[Oo]ptions?|[Cc]hoices?|[Aa]nswers?)\s+[A-F]\b|(?<![\w)])\([A-F]\)|(?:^|[.;:]\s+)[A-F] (?:is|was) (?:correct|incorrect|wrong|right|the (?:best|key))\b/;
const CODE_SHAPE = /^[A-Z0-9]{3,7}$/;

/** How codes are compared: case, dots and spaces do not matter (E11.9 = e119 = "E11.9 "). */
export function normaliseCode(code: string): string {
	return code.toUpperCase().replace(/[.\s]/g, '');
}

/**
 * Parses one question file: its `items` and the items of its scenario `sets`. Cross-file rules
 * (unique ids and stems, domains, lesson references, key balance) are checked by the library.
 */
export function parseQuestionFile(file: string, raw: string, log: ProblemLog): Item[] {
	const data = parseYaml(file, raw, log);
	if (!isRecord(data) || (!Array.isArray(data.items) && !Array.isArray(data.sets))) {
		log.add(file, 'a question file must have an `items:` list and/or a `sets:` list');
		return [];
	}
	const items: Item[] = [];
	if (data.items !== undefined && !Array.isArray(data.items)) log.add(file, '`items` must be a list');
	(Array.isArray(data.items) ? data.items : []).forEach((entry: unknown, index: number) => {
		const item = parseItem(file, entry, `item ${index + 1}`, null, log);
		if (item) items.push(item);
	});
	if (data.sets !== undefined && !Array.isArray(data.sets)) log.add(file, '`sets` must be a list');
	(Array.isArray(data.sets) ? data.sets : []).forEach((entry: unknown, index: number) => {
		const where = isRecord(entry) && nonEmptyString(entry.id) ? `set ${entry.id}` : `set ${index + 1}`;
		if (!isRecord(entry) || !nonEmptyString(entry.id) || !ID.test(entry.id)) {
			log.add(file, `${where}: needs an id of lowercase letters, digits and dashes`);
			return;
		}
		if (!nonEmptyString(entry.title) || !nonEmptyString(entry.case)) {
			log.add(file, `${where}: needs a title and a case`);
			return;
		}
		if (!Array.isArray(entry.items) || entry.items.length < 2) {
			log.add(file, `${where}: a scenario set needs at least two items`);
			return;
		}
		const set: ScenarioSet = { id: entry.id, title: entry.title.trim(), caseHtml: renderMarkdown(entry.case.trim()).html };
		entry.items.forEach((child: unknown, i: number) => {
			const item = parseItem(file, child, `${where} item ${i + 1}`, set, log);
			if (item) items.push(item);
		});
	});
	return items;
}

function parseItem(file: string, entry: unknown, fallback: string, set: ScenarioSet | null, log: ProblemLog): Item | null {
	if (!isRecord(entry)) {
		log.add(file, `${fallback}: must be a mapping`);
		return null;
	}
	const id = entry.id;
	const where = nonEmptyString(id) ? `item ${id}` : fallback;
	const problem = (message: string) => log.add(file, `${where}: ${message}`);
	const before = log.problems.length;

	if (!nonEmptyString(id) || !ID.test(id)) problem('id must be lowercase letters, digits and dashes');
	const type = entry.type;
	if (!ITEM_TYPES.includes(type as never)) problem(`type must be one of ${ITEM_TYPES.join(', ')} (got ${JSON.stringify(type)})`);
	const domains = Array.isArray(entry.domains) && entry.domains.every(nonEmptyString) ? (entry.domains as string[]) : null;
	if (!domains || domains.length === 0) problem('domains must list at least one exam domain id');
	if (!COGNITIVE_LEVELS.includes(entry.level as never)) problem(`level must be one of ${COGNITIVE_LEVELS.join(', ')}`);
	if (!DIFFICULTIES.includes(entry.difficulty as never)) problem(`difficulty must be one of ${DIFFICULTIES.join(', ')}`);
	if (!nonEmptyString(entry.lesson)) problem('missing lesson reference (<track>/<slug>)');
	if (!nonEmptyString(entry.source)) problem('missing source');
	if (!nonEmptyString(entry.stem)) problem('missing stem');
	if (!nonEmptyString(entry.rationale)) problem('missing rationale');
	else if (LETTER_REFERENCE.test(entry.rationale)) problem('the rationale refers to an option by letter; options are shuffled, so describe it instead');

	const choice = type === 'single' || type === 'multiple' ? parseChoices(entry, type, problem) : null;
	let answers: string[] = [];
	let codeSet: CodeSet | null = null;
	if (type === 'code') {
		if (entry.options !== undefined || entry.key !== undefined) problem('code items have `answers`, not options or a key');
		if (!Array.isArray(entry.answers) || entry.answers.length === 0 || !entry.answers.every(nonEmptyString)) {
			problem('answers must list every acceptable code');
		} else {
			answers = entry.answers.map((a: string) => a.trim());
			for (const a of answers) if (!CODE_SHAPE.test(normaliseCode(a))) problem(`"${a}" does not look like a code`);
		}
		if (!CODE_SETS.includes(entry.codeSet as never)) problem(`codeSet must be one of ${CODE_SETS.join(', ')}`);
		else codeSet = entry.codeSet as CodeSet;
	}
	if (log.problems.length > before) return null;

	const stem = String(entry.stem).trim();
	return {
		id: id as string,
		type: type as Item['type'],
		domains: domains!,
		level: entry.level as Item['level'],
		difficulty: entry.difficulty as Item['difficulty'],
		lesson: String(entry.lesson).trim(),
		source: String(entry.source).trim(),
		stemHtml: renderMarkdown(stem).html,
		stemText: stem,
		options: choice?.options ?? [],
		key: choice?.key ?? [],
		answers,
		codeSet,
		rationaleHtml: renderMarkdown(String(entry.rationale).trim()).html,
		set,
		file
	};
}

function parseChoices(entry: Record<string, unknown>, type: 'single' | 'multiple', problem: (m: string) => void) {
	const options = entry.options;
	const expected = type === 'single' ? OPTION_LABELS.slice(0, 4) : null;
	if (!isRecord(options)) {
		problem('options must be a mapping of letters to text');
		return null;
	}
	const labels = Object.keys(options);
	const contiguous = OPTION_LABELS.slice(0, labels.length);
	if (expected && (labels.length !== 4 || !expected.every((l) => labels.includes(l)))) {
		problem(`options must be exactly A, B, C and D (got ${labels.join(', ') || 'none'})`);
		return null;
	}
	if (!expected && (labels.length < 5 || labels.length > 6 || !contiguous.every((l) => labels.includes(l)))) {
		problem(`multiple-response options must be A-E or A-F (got ${labels.join(', ') || 'none'})`);
		return null;
	}
	const texts = contiguous.map((l) => options[l]);
	if (!texts.every(nonEmptyString)) {
		problem('every option needs text');
		return null;
	}
	const normalised = texts.map((t) => t.trim().toLowerCase());
	if (new Set(normalised).size !== normalised.length) problem('two options have the same text');
	if (texts.some((t) => BANNED_OPTION.test(t))) problem('"all of the above" / "none of the above" are not allowed');

	const rawKey = type === 'single' ? [entry.key] : entry.key;
	if (!Array.isArray(rawKey) || !rawKey.every((k) => contiguous.includes(k as never))) {
		problem(type === 'single' ? 'key must be A, B, C or D' : 'key must be a list of option letters');
		return null;
	}
	const key = [...new Set(rawKey as OptionLabel[])].sort();
	if (type === 'multiple' && (key.length < 2 || key.length >= contiguous.length)) {
		problem('a multiple-response key needs at least two letters and fewer than all options');
	}

	const distractors = entry.distractors;
	const wrong = contiguous.filter((l) => !key.includes(l));
	if (!isRecord(distractors)) {
		problem(`distractors must explain each wrong option (${wrong.join(', ')})`);
		return null;
	}
	const given = Object.keys(distractors).sort().join(', ');
	if (given !== wrong.join(', ')) problem(`distractors must explain exactly ${wrong.join(', ')} (got ${given || 'none'})`);
	for (const l of wrong) {
		const why = distractors[l];
		if (!nonEmptyString(why)) continue;
		if (LETTER_REFERENCE.test(why)) problem(`the explanation of ${l} refers to an option by letter`);
	}
	return {
		key,
		options: contiguous.map((label) => ({
			label,
			html: renderInline(String(options[label]).trim()),
			whyHtml: key.includes(label) ? null : renderMarkdown(String(distractors[label] ?? '').trim()).html
		}))
	};
}
