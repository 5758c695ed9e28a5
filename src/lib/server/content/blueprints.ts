import { isRecord, nonEmptyString, parseYaml, type ProblemLog } from './problems.ts';
import type { Blueprint, Domain } from './types.ts';

export function parseBlueprint(file: string, raw: string, log: ProblemLog): Blueprint | null {
	const data = parseYaml(file, raw, log);
	if (!isRecord(data)) return null;
	const id = data.id;
	if (!nonEmptyString(id) || !/^[a-z]+$/.test(id)) {
		log.add(file, 'id must be lowercase letters (e.g. rhit)');
		return null;
	}
	if (!nonEmptyString(data.title)) log.add(file, 'missing title');
	if (!Array.isArray(data.domains) || data.domains.length === 0) {
		log.add(file, 'domains must be a non-empty list');
		return null;
	}
	const domains: Domain[] = [];
	data.domains.forEach((d: unknown, i: number) => {
		const where = `domain ${i + 1}`;
		if (!isRecord(d) || !nonEmptyString(d.id) || !nonEmptyString(d.name)) {
			log.add(file, `${where}: needs an id and a name`);
			return;
		}
		if (!d.id.startsWith(`${id}-`)) log.add(file, `${where}: id "${d.id}" must start with "${id}-"`);
		const w = d.weight;
		if (!Array.isArray(w) || w.length !== 2 || !w.every((n) => typeof n === 'number' && n > 0) || w[0] > w[1]) {
			log.add(file, `${where}: weight must be a [low, high] percent range`);
			return;
		}
		const [low, high] = w as [number, number];
		domains.push({ id: d.id, blueprintId: id, name: d.name, weightRange: [low, high], weight: (low + high) / 2 });
	});
	return {
		id,
		title: String(data.title ?? id),
		description: String(data.description ?? '').trim(),
		domains
	};
}
