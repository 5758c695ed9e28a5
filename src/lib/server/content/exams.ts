import { isRecord, nonEmptyString, parseYaml, type ProblemLog } from './problems.ts';
import { EXAM_KINDS, MODES, type ExamDefinition, type ExamKind, type Mode } from './types.ts';

const positive = (n: unknown): n is number => typeof n === 'number' && n > 0;

export function parseExam(file: string, raw: string, log: ProblemLog): ExamDefinition | null {
	const data = parseYaml(file, raw, log);
	if (!isRecord(data)) {
		log.add(file, 'must be a YAML mapping');
		return null;
	}
	const before = log.problems.length;
	const expectedId = file.replace(/^exams\//, '').replace(/\.yaml$/, '');
	if (data.id !== expectedId) log.add(file, `id must match the file name ("${expectedId}")`);
	if (!nonEmptyString(data.title)) log.add(file, 'missing title');
	if (!nonEmptyString(data.blueprint)) log.add(file, 'missing blueprint');
	const kind = (data.kind ?? 'blueprint') as ExamKind;
	if (!EXAM_KINDS.includes(kind)) log.add(file, `kind must be one of ${EXAM_KINDS.join(', ')}`);
	if (!Number.isInteger(data.items) || (data.items as number) < 1) log.add(file, 'items must be a positive whole number');
	const minItems = data.minItems ?? data.items;
	const maxItems = data.maxItems ?? data.items;
	if (kind === 'custom') {
		if (!Number.isInteger(minItems) || !Number.isInteger(maxItems) || (minItems as number) < 1 || (minItems as number) > (data.items as number) || (data.items as number) > (maxItems as number)) {
			log.add(file, 'a custom quiz needs whole numbers minItems ≤ items ≤ maxItems');
		}
	}
	const modes = (data.modes ?? ['exam', 'tutor']) as Mode[];
	if (!Array.isArray(modes) || modes.length === 0 || !modes.every((m) => MODES.includes(m))) {
		log.add(file, `modes must list one or more of ${MODES.join(', ')}`);
	}
	if (data.timeLimitMinutes !== undefined && !positive(data.timeLimitMinutes)) log.add(file, 'timeLimitMinutes must be a positive number');
	if (data.minutesPerItem !== undefined && !positive(data.minutesPerItem)) log.add(file, 'minutesPerItem must be a positive number');
	if (data.timeLimitMinutes !== undefined && data.minutesPerItem !== undefined) {
		log.add(file, 'give timeLimitMinutes or minutesPerItem, not both');
	}
	if (log.problems.length > before) return null;
	return {
		id: expectedId,
		title: String(data.title).trim(),
		description: String(data.description ?? '').trim(),
		blueprint: String(data.blueprint),
		kind,
		itemCount: data.items as number,
		minItems: minItems as number,
		maxItems: maxItems as number,
		timeLimitMinutes: (data.timeLimitMinutes as number | undefined) ?? null,
		minutesPerItem: (data.minutesPerItem as number | undefined) ?? null,
		modes: [...new Set(modes)]
	};
}
