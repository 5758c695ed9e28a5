/**
 * Small readers for FormData. Every value arrives as untrusted text (or a File, from a crafted
 * request); these return plain strings so actions validate one shape and echo back what was typed.
 */
export function text(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

/** A trimmed value; length rules are checked by the caller so too-long input is reported, not cut. */
export function field(form: FormData, name: string): string {
	return text(form, name).trim();
}

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export const EMAIL_MAX = 254;
export const DISPLAY_NAME_MAX = 80;

// Deliberately loose: one @, something either side, a dot in the domain. The real check is the
// person reading their own email; a stricter pattern only rejects real addresses.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailProblem(email: string): string | null {
	if (!email) return 'Enter your email address.';
	if (email.length > EMAIL_MAX) return `Use at most ${EMAIL_MAX} characters.`;
	if (!EMAIL_SHAPE.test(email)) return 'Enter an email address like name@example.org.';
	return null;
}

export function displayNameProblem(name: string): string | null {
	if (!name) return 'Enter the name to show on your certificates and to instructors.';
	if (name.length > DISPLAY_NAME_MAX) return `Use at most ${DISPLAY_NAME_MAX} characters.`;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(name)) return 'Use letters, spaces and ordinary punctuation only.';
	return null;
}
