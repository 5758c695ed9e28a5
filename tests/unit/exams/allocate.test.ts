import { describe, expect, it } from 'vitest';
import { allocateByWeight } from '../../../src/lib/server/exams/allocate.ts';

const rhit = [
	{ id: 'rhit-1', weight: 22 },
	{ id: 'rhit-2', weight: 16 },
	{ id: 'rhit-3', weight: 16 },
	{ id: 'rhit-4', weight: 16 },
	{ id: 'rhit-5', weight: 14 },
	{ id: 'rhit-6', weight: 10 }
];
const cca = [
	{ id: 'cca-1', weight: 32 },
	{ id: 'cca-2', weight: 17 },
	{ id: 'cca-3', weight: 18 },
	{ id: 'cca-4', weight: 12 },
	{ id: 'cca-5', weight: 7 },
	{ id: 'cca-6', weight: 7 }
];

describe('allocateByWeight (largest remainder)', () => {
	it('allocates a 130-item RHIT form from midpoints that sum to 94', () => {
		// quotas: 30.43, 22.13 ×3, 19.36, 13.83 → floors 30+22×3+19+13 = 128; the two largest
		// remainders (rhit-6 .83, rhit-1 .43) get the last two items.
		expect(Object.fromEntries(allocateByWeight(rhit, 130))).toEqual({
			'rhit-1': 31,
			'rhit-2': 22,
			'rhit-3': 22,
			'rhit-4': 22,
			'rhit-5': 19,
			'rhit-6': 14
		});
	});

	it('allocates a 90-item CCA form from midpoints that sum to 93', () => {
		// quotas: 30.97, 16.45, 17.42, 11.61, 6.77, 6.77 → floors sum 86; remainders .97, .77, .77, .61 win.
		expect(Object.fromEntries(allocateByWeight(cca, 90))).toEqual({
			'cca-1': 31,
			'cca-2': 16,
			'cca-3': 17,
			'cca-4': 12,
			'cca-5': 7,
			'cca-6': 7
		});
	});

	it('always sums to the total', () => {
		for (let total = 0; total <= 200; total++) {
			const sum = [...allocateByWeight(rhit, total).values()].reduce((a, b) => a + b, 0);
			expect(sum).toBe(total);
		}
	});

	it('breaks equal remainders by weight, then by order', () => {
		expect(Object.fromEntries(allocateByWeight([{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }, { id: 'c', weight: 2 }], 2))).toEqual({
			a: 1,
			b: 0,
			c: 1
		});
	});

	it('refuses nonsense input', () => {
		expect(() => allocateByWeight(rhit, -1)).toThrow(RangeError);
		expect(() => allocateByWeight(rhit, 1.5)).toThrow(RangeError);
		expect(() => allocateByWeight([{ id: 'a', weight: 0 }], 3)).toThrow(RangeError);
		expect(() => allocateByWeight([], 3)).toThrow(RangeError);
	});
});
