import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '../../../src/lib/server/auth/passwords.ts';

describe('password policy', () => {
	it('accepts a passphrase', () => {
		expect(passwordProblem('correct horse battery', 'ann@example.org')).toBeNull();
	});

	it.each([
		['short1', 'Use at least 12 characters.'],
		['x'.repeat(129), 'Use at most 128 characters.'],
		['password1234', 'That password is too common; choose another.'],
		['aaaaaaaaaaaa', 'Use more than a few different characters.'],
		['ann@example.org', 'Your password cannot be your email address.']
	])('refuses %j', (password, message) => {
		expect(passwordProblem(password, 'ANN@example.org')).toBe(message);
	});
});

describe('argon2id hashing', () => {
	it('stores an argon2id PHC string that verifies only the right password', async () => {
		const hash = await hashPassword('correct horse battery');
		expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
		expect(await verifyPassword(hash, 'correct horse battery ')).toBe(false);
		expect(await verifyPassword('not a hash', 'x')).toBe(false);
	});
});
