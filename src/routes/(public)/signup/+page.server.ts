import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { PASSWORD_POLICY, hashPassword, passwordProblem } from '$lib/server/auth/passwords';
import { createSession, setSessionCookie } from '$lib/server/auth/sessions';
import { EmailTakenError, createUser } from '$lib/server/auth/users';
import { safeRedirectTarget } from '$lib/server/auth/guards';
import { displayNameProblem, emailProblem, field, text, type FieldErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo'), '/lessons'));
	return { passwordPolicy: PASSWORD_POLICY };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const email = field(form, 'email');
		const displayName = field(form, 'displayName');
		const password = text(form, 'password');
		const redirectTo = safeRedirectTarget(field(form, 'redirectTo'), '/lessons');

		const errors: FieldErrors<'email' | 'displayName' | 'password'> = {};
		const e = emailProblem(email);
		if (e) errors.email = e;
		const n = displayNameProblem(displayName);
		if (n) errors.displayName = n;
		const p = passwordProblem(password, email);
		if (p) errors.password = p;
		// Never echo the password back.
		const kept = { email, displayName };
		if (Object.keys(errors).length > 0) {
			return fail(400, { ...kept, errors, message: 'Please correct the highlighted fields.' });
		}

		const db = getDb();
		let userId: string;
		try {
			userId = createUser(db, { email, displayName, passwordHash: await hashPassword(password) }).id;
		} catch (err) {
			if (err instanceof EmailTakenError) {
				errors.email = 'An account with this email already exists. Sign in instead.';
				return fail(409, {
					...kept,
					errors,
					message: 'That email is already registered.'
				});
			}
			throw err;
		}
		const { token, expiresAt } = createSession(db, userId);
		setSessionCookie(event, token, expiresAt);
		redirect(303, redirectTo);
	}
} satisfies Actions;
