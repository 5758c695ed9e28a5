import { parse } from 'yaml';

/** A problem found in a content file: the file (relative to content/) and what is wrong. */
export interface ContentProblem {
	file: string;
	message: string;
}

/** Thrown when content does not validate; its message names every file and problem at once. */
export class ContentError extends Error {
	readonly problems: ContentProblem[];

	constructor(problems: ContentProblem[]) {
		super(
			`Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
				problems.map((p) => `  content/${p.file}: ${p.message}`).join('\n')
		);
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/** Collects problems for one file so parsers can keep going and report everything in one run. */
export class ProblemLog {
	readonly problems: ContentProblem[] = [];

	add(file: string, message: string): void {
		this.problems.push({ file, message });
	}

	throwIfAny(): void {
		if (this.problems.length > 0) throw new ContentError(this.problems);
	}
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function nonEmptyString(value: unknown): value is string {
	return typeof value === 'string' && value.trim().length > 0;
}

/** Parses YAML, logging a syntax error against the file instead of throwing. */
export function parseYaml(file: string, raw: string, log: ProblemLog): unknown {
	try {
		return parse(raw);
	} catch (e) {
		log.add(file, `invalid YAML: ${(e as Error).message.split('\n')[0]}`);
		return null;
	}
}
