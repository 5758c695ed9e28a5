export interface Weighted {
	id: string;
	weight: number;
}

/**
 * Splits `total` items across weighted parts by the largest-remainder (Hamilton) method: weights
 * are normalised (blueprint midpoints need not sum to 100), each part gets the floor of its quota,
 * and the leftover items go to the largest fractional remainders, ties to the larger weight, then
 * to the earlier part, so the same blueprint always yields the same allocation.
 */
export function allocateByWeight(parts: Weighted[], total: number): Map<string, number> {
	if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a whole number ≥ 0 (got ${total})`);
	const sum = parts.reduce((s, p) => s + p.weight, 0);
	if (parts.length === 0 || !(sum > 0) || parts.some((p) => !(p.weight >= 0))) {
		throw new RangeError('weights must be non-negative with a positive sum');
	}
	const quotas = parts.map((p, index) => {
		const exact = (p.weight / sum) * total;
		return { id: p.id, weight: p.weight, index, count: Math.floor(exact), remainder: exact - Math.floor(exact) };
	});
	let left = total - quotas.reduce((s, q) => s + q.count, 0);
	const byRemainder = [...quotas].sort(
		(a, b) => b.remainder - a.remainder || b.weight - a.weight || a.index - b.index
	);
	for (const q of byRemainder) {
		if (left === 0) break;
		q.count += 1;
		left -= 1;
	}
	return new Map(quotas.map((q) => [q.id, q.count]));
}
