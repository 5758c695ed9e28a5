import { describe, expect, it } from 'vitest';
import type { Blueprint, Item } from '../../../src/lib/server/content/types.ts';
import { BankShortfallError, drawForm, findShortfalls, type ItemHistory } from '../../../src/lib/server/exams/draw.ts';
import { seededRandom, shuffle } from '../../../src/lib/server/exams/random.ts';

const blueprint: Blueprint = {
	id: 'tst',
	title: 'Test',
	description: '',
	scale: { min: 100, max: 400, pass: 300, passPercentEstimate: 70 },
	domains: [
		{ id: 'tst-1', blueprintId: 'tst', name: 'One', weightRange: [60, 60], weight: 60 },
		{ id: 'tst-2', blueprintId: 'tst', name: 'Two', weightRange: [40, 40], weight: 40 }
	]
};

function item(id: string, domain: string, set: string | null = null): Item {
	return {
		id, type: 'single', domains: [domain, 'other-1'], level: 'recall', difficulty: 'easy', lesson: 'x/y', source: 's',
		stemHtml: id, stemText: id, options: [], key: ['A'], answers: [], codeSet: null, rationaleHtml: '',
		set: set ? { id: set, title: set, caseHtml: '' } : null, file: 'f'
	};
}

const bank = [
	...Array.from({ length: 12 }, (_, i) => item(`one-${i}`, 'tst-1')),
	...Array.from({ length: 8 }, (_, i) => item(`two-${i}`, 'tst-2'))
];

describe('drawForm', () => {
	it('draws by blueprint weight without repeating an item', () => {
		const form = drawForm(blueprint, 10, bank, new Map(), seededRandom(1));
		expect(form).toHaveLength(10);
		expect(form.filter((f) => f.domainId === 'tst-1')).toHaveLength(6);
		expect(form.filter((f) => f.domainId === 'tst-2')).toHaveLength(4);
		expect(new Set(form.map((f) => f.item.id)).size).toBe(10);
	});

	it('prefers unseen items, then missed ones, over ones answered correctly', () => {
		const history = new Map<string, ItemHistory>();
		// 10 of 12 domain-one items seen: 4 missed, 6 right. 6 are needed: 2 unseen + 4 missed.
		for (let i = 0; i < 10; i++) history.set(`one-${i}`, { lastCorrect: i >= 4 });
		const drawn = drawForm(blueprint, 10, bank, history, seededRandom(7))
			.filter((f) => f.domainId === 'tst-1')
			.map((f) => f.item.id)
			.sort();
		expect(drawn).toEqual(['one-0', 'one-1', 'one-10', 'one-11', 'one-2', 'one-3']);
	});

	it('is reproducible with the same seed and varies with another', () => {
		const ids = (seed: number) => drawForm(blueprint, 10, bank, new Map(), seededRandom(seed)).map((f) => f.item.id);
		expect(ids(3)).toEqual(ids(3));
		expect(ids(3)).not.toEqual(ids(4));
	});

	it('draws only from the chosen domains, by their relative weights', () => {
		const form = drawForm(blueprint, 8, bank, new Map(), seededRandom(2), ['tst-2']);
		expect(form.map((f) => f.domainId)).toEqual(Array(8).fill('tst-2'));
		expect(findShortfalls(blueprint, 9, bank, ['tst-2'])).toEqual([{ domainId: 'tst-2', domainName: 'Two', needed: 9, available: 8 }]);
		expect(findShortfalls(blueprint, 10, bank)).toEqual([]);
		expect(() => drawForm(blueprint, 5, bank, new Map(), seededRandom(2), ['nope'])).toThrow(RangeError);
	});

	it('keeps the items of a scenario set next to each other', () => {
		const withSet = [...bank, item('case-a', 'tst-1', 'case'), item('case-b', 'tst-1', 'case'), item('case-c', 'tst-1', 'case')];
		for (let seed = 1; seed <= 20; seed++) {
			const ids = drawForm(blueprint, 15, withSet, new Map(), seededRandom(seed)).map((f) => f.item.id);
			const at = ids.map((id, i) => (id.startsWith('case-') ? i : -1)).filter((i) => i >= 0);
			if (at.length > 1) expect(at[at.length - 1]! - at[0]!).toBe(at.length - 1);
		}
	});

	it('says which domain lacks how many items instead of drawing fewer', () => {
		try {
			drawForm(blueprint, 30, bank, new Map(), seededRandom(1));
			expect.unreachable('the bank is too small');
		} catch (e) {
			expect(e).toBeInstanceOf(BankShortfallError);
			expect((e as BankShortfallError).shortfalls).toEqual([
				{ domainId: 'tst-1', domainName: 'One', needed: 18, available: 12 },
				{ domainId: 'tst-2', domainName: 'Two', needed: 12, available: 8 }
			]);
			expect((e as Error).message).toContain('One (tst-1) needs 18, has 12');
		}
	});
});

describe('shuffle', () => {
	it('keeps every element and does not change its input', () => {
		const input = [1, 2, 3, 4, 5, 6];
		const out = shuffle(input, seededRandom(9));
		expect(out.sort()).toEqual([1, 2, 3, 4, 5, 6]);
		expect(input).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('puts each element in each position about equally often', () => {
		const random = seededRandom(11);
		const counts = [0, 0, 0, 0];
		for (let i = 0; i < 8000; i++) counts[shuffle([0, 1, 2, 3], random).indexOf(0)]! += 1;
		for (const c of counts) expect(c).toBeGreaterThan(1800), expect(c).toBeLessThan(2200);
	});
});
