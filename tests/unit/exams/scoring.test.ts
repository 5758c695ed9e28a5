import { describe, expect, it } from 'vitest';
import { normaliseCode } from '../../../src/lib/server/content/questions.ts';
import type { Item, OptionLabel } from '../../../src/lib/server/content/types.ts';
import { seededRandom } from '../../../src/lib/server/exams/random.ts';
import { estimateScaledScore, isCorrect, scoreResponses } from '../../../src/lib/server/exams/scoring.ts';
import { snapshotItem, toOpenView, type ItemSnapshot } from '../../../src/lib/server/exams/snapshot.ts';

function snap(domainId: string, key: OptionLabel, extra: Partial<ItemSnapshot> = {}): ItemSnapshot {
	return {
		itemId: `${domainId}-${key}`, type: 'single', domainId, domainName: domainId.toUpperCase(), stemHtml: '<p>Q</p>', case: null,
		options: (['A', 'B', 'C', 'D'] as const).map((label) => ({ label, bankLabel: label, html: label, whyHtml: 'why' })), key: [key],
		answers: [], codeSet: null, rationaleHtml: '<p>Because</p>', source: 'src', lesson: null, ...extra
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

describe('scoring multiple-response and code-entry items', () => {
	it('scores multiple response all or nothing, in any order', () => {
		const s = snap('d', 'B', { type: 'multiple', key: ['B', 'D'] });
		expect(isCorrect(s, 'B,D')).toBe(true);
		expect(isCorrect(s, 'D,B')).toBe(true);
		expect(isCorrect(s, 'B')).toBe(false);
		expect(isCorrect(s, 'B,C,D')).toBe(false);
		expect(isCorrect(s, 'A,C')).toBe(false);
	});

	it('accepts any listed code regardless of case, dots and spaces', () => {
		const s = snap('d', 'A', { type: 'code', key: [], options: [], answers: ['E11.9', 'E11.65'] });
		for (const r of ['E11.9', 'e119', ' E 11.9 ', 'e11.65']) expect(isCorrect(s, r), r).toBe(true);
		for (const r of ['E11', 'E11.8', '', 'E11.9X']) expect(isCorrect(s, r), r).toBe(false);
		expect(normaliseCode(' s52.501a ')).toBe('S52501A');
	});
});

describe('estimated scaled score', () => {
	const scale = { min: 100, max: 400, pass: 300, passPercentEstimate: 70 };
	it('maps 0% to the minimum, the assumed cut to the pass line and 100% to the maximum, linearly between', () => {
		expect(estimateScaledScore(0, scale)).toBe(100);
		expect(estimateScaledScore(35, scale)).toBe(200);
		expect(estimateScaledScore(70, scale)).toBe(300);
		expect(estimateScaledScore(85, scale)).toBe(350);
		expect(estimateScaledScore(100, scale)).toBe(400);
		expect(estimateScaledScore(120, scale)).toBe(400);
	});
});

describe('snapshots', () => {
	const item: Item = {
		id: 'i', type: 'multiple', domains: ['d'], level: 'recall', difficulty: 'easy', lesson: 'x/y', source: 's',
		stemHtml: 'Q', stemText: 'Q', answers: [], codeSet: null, rationaleHtml: 'R', set: null, file: 'f',
		options: (['A', 'B', 'C', 'D', 'E'] as const).map((label) => ({ label, html: `text ${label}`, whyHtml: label === 'A' || label === 'C' ? null : `why ${label}` })),
		key: ['A', 'C']
	};
	const domain = { id: 'd', blueprintId: 'x', name: 'D', weightRange: [1, 1] as [number, number], weight: 1 };

	it('shuffles options under new letters and maps the key and explanations with them', () => {
		const orders = new Set<string>();
		for (let seed = 1; seed <= 30; seed++) {
			const s = snapshotItem(item, domain, undefined, seededRandom(seed));
			expect(s.options.map((o) => o.label)).toEqual(['A', 'B', 'C', 'D', 'E']);
			orders.add(s.options.map((o) => o.bankLabel).join(''));
			const keyTexts = s.options.filter((o) => s.key.includes(o.label)).map((o) => o.html).sort();
			expect(keyTexts).toEqual(['text A', 'text C']);
			for (const o of s.options) expect(o.whyHtml).toBe(o.bankLabel === 'A' || o.bankLabel === 'C' ? null : `why ${o.bankLabel}`);
		}
		expect(orders.size).toBeGreaterThan(10);
	});

	it('gives the open view no key, explanations, rationale or source', () => {
		const view = toOpenView(0, snapshotItem(item, domain, undefined, seededRandom(1)), null, false);
		expect(view.choose).toBe(2);
		expect(JSON.stringify(view)).not.toMatch(/"key"|whyHtml|bankLabel|why [A-E]|"R"|rationale|"source"/);
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
