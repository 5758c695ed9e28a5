import { describe, expect, it } from 'vitest';
import { isCorrect, scoreResponses } from '../../../src/lib/server/exams/scoring.ts';
import { toOpenView, type ItemSnapshot } from '../../../src/lib/server/exams/snapshot.ts';

function snap(domainId: string, key: 'A' | 'B' | 'C' | 'D'): ItemSnapshot {
	return {
		itemId: `${domainId}-${key}`, type: 'single', domainId, domainName: domainId.toUpperCase(), stemHtml: '<p>Q</p>',
		options: (['A', 'B', 'C', 'D'] as const).map((label) => ({ label, html: label })), key,
		rationaleHtml: '<p>Because</p>', source: 'src', lesson: null
	};
}

describe('scoring single-best-answer items', () => {
	it('counts only the exact key as correct; no answer is wrong', () => {
		expect(isCorrect(snap('d', 'B'), 'B')).toBe(true);
		expect(isCorrect(snap('d', 'B'), 'C')).toBe(false);
		expect(isCorrect(snap('d', 'B'), null)).toBe(false);
		expect(isCorrect(snap('d', 'B'), 'b')).toBe(false);
	});

	it('gives raw and per-domain scores in order of first appearance', () => {
		const score = scoreResponses([
			{ snapshot: snap('d-2', 'A'), response: 'A' },
			{ snapshot: snap('d-1', 'B'), response: 'C' },
			{ snapshot: snap('d-2', 'C'), response: 'C' },
			{ snapshot: snap('d-1', 'D'), response: 'D' },
			{ snapshot: snap('d-2', 'D'), response: null }
		]);
		expect(score).toEqual({
			correct: 3,
			total: 5,
			percent: 60,
			byDomain: [
				{ domainId: 'd-2', domainName: 'D-2', correct: 2, total: 3, percent: 66.7 },
				{ domainId: 'd-1', domainName: 'D-1', correct: 1, total: 2, percent: 50 }
			]
		});
	});

	it('scores an empty attempt as zero without dividing by zero', () => {
		expect(scoreResponses([])).toEqual({ correct: 0, total: 0, percent: 0, byDomain: [] });
	});
});

describe('the open (pre-submission) view of an item', () => {
	it('carries no key, rationale or source', () => {
		const view = toOpenView(0, snap('d', 'C'), null, false);
		expect(Object.keys(view).sort()).toEqual(['domainName', 'flagged', 'options', 'position', 'response', 'stemHtml']);
		expect(JSON.stringify(view)).not.toMatch(/"key"|Because|"source"/);
	});
});

describe('domain order in scores', () => {
	it('follows the blueprint order when given, unknown domains last', () => {
		const score = scoreResponses(
			[
				{ snapshot: snap('d-3', 'A'), response: 'A' },
				{ snapshot: snap('x-9', 'A'), response: 'A' },
				{ snapshot: snap('d-1', 'A'), response: 'A' }
			],
			['d-1', 'd-2', 'd-3']
		);
		expect(score.byDomain.map((d) => d.domainId)).toEqual(['d-1', 'd-3', 'x-9']);
	});
});
