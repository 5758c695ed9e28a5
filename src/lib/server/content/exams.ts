import { isRecord, nonEmptyString, parseYaml, type ProblemLog } from './problems.ts';
import type { ExamDefinition } from './types.ts';

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
	if (!Number.isInteger(data.items) || (data.items as number) < 1) log.add(file, 'items must be a positive whole number');
	if (log.problems.length > before) return null;
	return {
		id: expectedId,
		title: String(data.title).trim(),
		description: String(data.description ?? '').trim(),
		blueprint: String(data.blueprint),
		itemCount: data.items as number
	};
}
