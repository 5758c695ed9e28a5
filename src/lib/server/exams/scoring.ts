import { normaliseCode } from '../content/questions';
import type { ScoreScale } from '../content/types';
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

/** Letters of a stored choice response ("A,C"), in order and without repeats. */
export function parseChoiceResponse(response: string): string[] {
	return [...new Set(response.split(',').map((l) => l.trim()).filter(Boolean))].sort();
}

/**
 * Single best answer: exactly the key. Multiple response: exactly the key's letters, all or
 * nothing. Code entry: any acceptable code, ignoring case, dots and spaces. No answer is wrong.
 */
export function isCorrect(snapshot: ItemSnapshot, response: string | null): boolean {
	if (response === null || response.trim() === '') return false;
	if (snapshot.type === 'code') {
		const given = normaliseCode(response);
		return snapshot.answers.some((a) => normaliseCode(a) === given);
	}
	const chosen = parseChoiceResponse(response);
	const key = [...snapshot.key].sort();
	return chosen.length === key.length && chosen.every((l, i) => l === key[i]);
}

/**
 * Estimated scaled score: piecewise-linear from min (0%) through pass (the assumed raw percent at
 * the pass line) to max (100%). AHIMA's real scaling is not public, so this is only an estimate.
 */
export function estimateScaledScore(percent: number, scale: ScoreScale): number {
	const p = Math.min(100, Math.max(0, percent));
	const cut = scale.passPercentEstimate;
	const scaled =
		p <= cut
			? scale.min + (p / cut) * (scale.pass - scale.min)
			: scale.pass + ((p - cut) / (100 - cut)) * (scale.max - scale.pass);
	return Math.round(scaled);
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
