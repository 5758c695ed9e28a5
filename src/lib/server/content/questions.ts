import { renderMarkdown, renderInline } from './markdown.ts';
import { isRecord, nonEmptyString, parseYaml, type ProblemLog } from './problems.ts';
import { COGNITIVE_LEVELS, DIFFICULTIES, OPTION_LABELS, type Item, type OptionLabel } from './types.ts';

const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// The content guide bans these option forms: they test test-taking, not knowledge.
const BANNED_OPTION = /\b(all|none) of the above\b/i;

/**
 * Parses one question file. Cross-file rules (unique ids and stems, domains, lesson references,
 * key balance) are checked by the library, which sees the whole bank.
 */
export function parseQuestionFile(file: string, raw: string, log: ProblemLog): Item[] {
	const data = parseYaml(file, raw, log);
	if (!isRecord(data) || !Array.isArray(data.items)) {
		log.add(file, 'a question file must have an `items:` list');
		return [];
	}
	const items: Item[] = [];
	data.items.forEach((entry: unknown, index: number) => {
		const item = parseItem(file, entry, index, log);
		if (item) items.push(item);
	});
	return items;
}

function parseItem(file: string, entry: unknown, index: number, log: ProblemLog): Item | null {
	if (!isRecord(entry)) {
		log.add(file, `item ${index + 1}: must be a mapping`);
		return null;
	}
	const id = entry.id;
	const where = nonEmptyString(id) ? `item ${id}` : `item ${index + 1}`;
	const problem = (message: string) => log.add(file, `${where}: ${message}`);
	const before = log.problems.length;

	if (!nonEmptyString(id) || !ITEM_ID.test(id)) problem('id must be lowercase letters, digits and dashes');
	if (entry.type !== 'single') problem(`type must be "single" (got ${JSON.stringify(entry.type)})`);
	const domains = Array.isArray(entry.domains) && entry.domains.every(nonEmptyString) ? entry.domains : null;
	if (!domains || domains.length === 0) problem('domains must list at least one exam domain id');
	if (!COGNITIVE_LEVELS.includes(entry.level as never)) problem(`level must be one of ${COGNITIVE_LEVELS.join(', ')}`);
	if (!DIFFICULTIES.includes(entry.difficulty as never)) problem(`difficulty must be one of ${DIFFICULTIES.join(', ')}`);
	if (!nonEmptyString(entry.lesson)) problem('missing lesson reference (<track>/<slug>)');
	if (!nonEmptyString(entry.source)) problem('missing source');
	if (!nonEmptyString(entry.stem)) problem('missing stem');
	if (!nonEmptyString(entry.rationale)) problem('missing rationale');

	const options = entry.options;
	if (!isRecord(options)) {
		problem('options must be a mapping with A, B, C and D');
	} else {
		const labels = Object.keys(options);
		if (labels.length !== 4 || !OPTION_LABELS.every((l) => labels.includes(l))) {
			problem(`options must be exactly A, B, C and D (got ${labels.join(', ') || 'none'})`);
		} else {
			const texts = OPTION_LABELS.map((l) => options[l]);
			if (!texts.every(nonEmptyString)) problem('every option needs text');
			else {
				const normalised = texts.map((t) => t.trim().toLowerCase());
				if (new Set(normalised).size !== normalised.length) problem('two options have the same text');
				if (texts.some((t) => BANNED_OPTION.test(t))) problem('"all of the above" / "none of the above" are not allowed');
			}
		}
	}
	if (!OPTION_LABELS.includes(entry.key as never)) problem('key must be A, B, C or D');
	if (log.problems.length > before) return null;

	const opts = options as Record<OptionLabel, string>;
	const stem = String(entry.stem).trim();
	return {
		id: id as string,
		type: 'single',
		domains: domains as string[],
		level: entry.level as Item['level'],
		difficulty: entry.difficulty as Item['difficulty'],
		lesson: String(entry.lesson).trim(),
		source: String(entry.source).trim(),
		stemHtml: renderMarkdown(stem).html,
		stemText: stem,
		options: OPTION_LABELS.map((label) => ({ label, html: renderInline(String(opts[label]).trim()) })),
		key: entry.key as OptionLabel,
		rationaleHtml: renderMarkdown(String(entry.rationale).trim()).html,
		file
	};
}
