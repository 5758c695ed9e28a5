import type { ItemSnapshot } from './snapshot';

export interface ScoredResponse {
	snapshot: ItemSnapshot;
	response: string | null;
}

export interface DomainScore {
	domainId: string;
	domainName: string;
	correct: number;
	total: number;
	percent: number;
}

export interface AttemptScore {
	correct: number;
	total: number;
	percent: number;
	byDomain: DomainScore[];
}

/** A single-best-answer response is right only when it is exactly the key; no answer is wrong. */
export function isCorrect(snapshot: ItemSnapshot, response: string | null): boolean {
	return response !== null && response === snapshot.key;
}

const percentOf = (correct: number, total: number) => (total === 0 ? 0 : Math.round((correct / total) * 1000) / 10);

/**
 * Raw and per-domain scores. Domains follow `domainOrder` (the blueprint's order) when given;
 * any others follow in the order they first appear.
 */
export function scoreResponses(responses: ScoredResponse[], domainOrder: string[] = []): AttemptScore {
	const domains = new Map<string, DomainScore>();
	let correct = 0;
	for (const { snapshot, response } of responses) {
		const right = isCorrect(snapshot, response);
		if (right) correct += 1;
		let d = domains.get(snapshot.domainId);
		if (!d) {
			d = { domainId: snapshot.domainId, domainName: snapshot.domainName, correct: 0, total: 0, percent: 0 };
			domains.set(snapshot.domainId, d);
		}
		d.total += 1;
		if (right) d.correct += 1;
	}
	const rank = (id: string) => {
		const i = domainOrder.indexOf(id);
		return i === -1 ? domainOrder.length : i;
	};
	const byDomain = [...domains.values()]
		.sort((a, b) => rank(a.domainId) - rank(b.domainId))
		.map((d) => ({ ...d, percent: percentOf(d.correct, d.total) }));
	return { correct, total: responses.length, percent: percentOf(correct, responses.length), byDomain };
}
