import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from '../../../src/lib/server/auth/guards.ts';
import { FailureThrottle } from '../../../src/lib/server/auth/throttle.ts';

describe('safeRedirectTarget', () => {
	it('keeps same-site paths', () => {
		expect(safeRedirectTarget('/lessons/coding/x?y=1')).toBe('/lessons/coding/x?y=1');
	});

	it.each(['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '', null])(
		'falls back for %j',
		(value) => {
			expect(safeRedirectTarget(value, '/home')).toBe('/home');
		}
	);
});

describe('FailureThrottle', () => {
	it('blocks a key after the limit until the window passes', () => {
		const t = new FailureThrottle(3, 1000);
		for (let i = 0; i < 3; i++) t.fail('k', 100);
		expect(t.retryAfter('k', 200)).toBe(900);
		expect(t.retryAfter('other', 200)).toBe(0);
		expect(t.retryAfter('k', 1100)).toBe(0);
	});

	it('forgets failures after a success', () => {
		const t = new FailureThrottle(2, 1000);
		t.fail('k', 0);
		t.succeed('k');
		t.fail('k', 10);
		expect(t.retryAfter('k', 20)).toBe(0);
	});
});
