import { hash, verify } from '@node-rs/argon2';

// OWASP Password Storage Cheat Sheet's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const ARGON2ID = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

// A few of the most common passwords long enough to pass the length rule (NIST SP 800-63B asks
// verifiers to refuse known-compromised values; a full breach corpus is out of scope here).
const COMMON = new Set([
	'123456789012', 'password1234', 'password12345', 'qwertyuiop12', 'iloveyou1234', '111111111111',
	'passwordpassword', 'letmein12345', 'welcome12345', 'administrator', 'qwerty123456', '1234567890123'
]);

export const PASSWORD_POLICY = `At least ${PASSWORD_MIN} characters (a few unrelated words make a strong, memorable passphrase); at most ${PASSWORD_MAX}; not a common password and not your email address.`;

/** The first rule a password breaks, in words a person can act on; null when it is acceptable. */
export function passwordProblem(password: string, email = ''): string | null {
	if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
	if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
	const lower = password.toLowerCase();
	if (COMMON.has(lower)) return 'That password is too common; choose another.';
	if (email && lower === email.toLowerCase()) return 'Your password cannot be your email address.';
	if (new Set(password).size < 4) return 'Use more than a few different characters.';
	return null;
}

export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so a sign-in cannot tell unknown emails from wrong passwords. */
export async function burnPasswordCheck(password: string): Promise<void> {
	dummyHash ??= hashPassword('not-a-real-account-password');
	await verifyPassword(await dummyHash, password);
}
