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
	const scale = data.scale;
	const numbers = isRecord(scale) ? [scale.min, scale.max, scale.pass, scale.passPercentEstimate] : [];
	if (!numbers.every((n) => typeof n === 'number') || numbers.length !== 4) {
		log.add(file, 'scale needs min, max, pass and passPercentEstimate numbers');
		return null;
	}
	const [min, max, pass, passPercentEstimate] = numbers as number[];
	if (!(min! < pass! && pass! < max! && passPercentEstimate! > 0 && passPercentEstimate! < 100)) {
		log.add(file, 'scale must have min < pass < max and 0 < passPercentEstimate < 100');
		return null;
	}
	return {
		id,
		title: String(data.title ?? id),
		description: String(data.description ?? '').trim(),
		domains,
		scale: { min: min!, max: max!, pass: pass!, passPercentEstimate: passPercentEstimate! }
	};
}
