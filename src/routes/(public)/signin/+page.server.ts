import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { burnPasswordCheck, verifyPassword } from '$lib/server/auth/passwords';
import { createSession, setSessionCookie } from '$lib/server/auth/sessions';
import { findUserByEmail, normaliseEmail } from '$lib/server/auth/users';
import { safeRedirectTarget } from '$lib/server/auth/guards';
import { signInThrottle } from '$lib/server/auth/throttle';
import { EMAIL_MAX, field, text, type FieldErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo'), '/lessons'));
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const email = field(form, 'email');
		const password = text(form, 'password');
		const redirectTo = safeRedirectTarget(field(form, 'redirectTo'), '/lessons');

		const errors: FieldErrors<'email' | 'password'> = {};
		if (!email) errors.email = 'Enter your email address.';
		if (!password) errors.password = 'Enter your password.';
		if (!email || !password) return fail(400, { email, errors, message: 'Enter your email and password.' });
		if (email.length > EMAIL_MAX || password.length > 1024) {
			return fail(400, { email: email.slice(0, EMAIL_MAX), errors, message: 'Email or password is incorrect.' });
		}

		const key = `${normaliseEmail(email)}|${event.getClientAddress()}`;
		const wait = signInThrottle.retryAfter(key);
		if (wait > 0) {
			return fail(429, {
				email,
				errors,
				message: `Too many failed attempts. Try again in ${Math.ceil(wait / 60000)} minute(s).`
			});
		}

		const db = getDb();
		const user = findUserByEmail(db, email);
		const ok = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
		if (!user || !ok) {
			signInThrottle.fail(key);
			// One message for unknown email and wrong password, so the form does not reveal who has an account.
			return fail(400, { email, errors, message: 'Email or password is incorrect.' });
		}
		signInThrottle.succeed(key);
		const { token, expiresAt } = createSession(db, user.id);
		setSessionCookie(event, token, expiresAt);
		redirect(303, redirectTo);
	}
} satisfies Actions;
