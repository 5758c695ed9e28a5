/** A source of uniform numbers in [0, 1); injectable so draws are reproducible in tests. */
export type Random = () => number;

/** Uniform [0, 1) from the platform CSPRNG, so learners cannot predict a form. */
export const secureRandom: Random = () => {
	const buf = new Uint32Array(1);
	crypto.getRandomValues(buf);
	return buf[0]! / 2 ** 32;
};

/** A small deterministic generator (mulberry32) for tests and benchmarks. */
export function seededRandom(seed: number): Random {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher-Yates shuffle into a new array. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}
