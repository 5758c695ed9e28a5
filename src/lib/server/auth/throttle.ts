/**
 * Counts failed sign-ins per key (email and client address) in memory and refuses further tries
 * for a while after too many, to slow password guessing. Per process: enough for the embedded
 * single-server deployment this project targets.
 */
export class FailureThrottle {
	private readonly failures = new Map<string, { count: number; firstAt: number }>();

	constructor(
		private readonly limit = 10,
		private readonly windowMs = 15 * 60 * 1000
	) {}

	/** Milliseconds until the key may try again, or 0 when it may try now. */
	retryAfter(key: string, now = Date.now()): number {
		const entry = this.failures.get(key);
		if (!entry) return 0;
		if (now - entry.firstAt >= this.windowMs) {
			this.failures.delete(key);
			return 0;
		}
		return entry.count >= this.limit ? entry.firstAt + this.windowMs - now : 0;
	}

	fail(key: string, now = Date.now()): void {
		const entry = this.failures.get(key);
		if (!entry || now - entry.firstAt >= this.windowMs) this.failures.set(key, { count: 1, firstAt: now });
		else entry.count += 1;
		if (this.failures.size > 10_000) this.prune(now);
	}

	succeed(key: string): void {
		this.failures.delete(key);
	}

	private prune(now: number) {
		for (const [key, entry] of this.failures) if (now - entry.firstAt >= this.windowMs) this.failures.delete(key);
	}
}

export const signInThrottle = new FailureThrottle();
