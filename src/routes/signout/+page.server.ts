import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { deleteSessionCookie, invalidateSession } from '$lib/server/auth/sessions';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so it is a POST; a GET (a typed URL or a prefetch) does nothing.
export const load = (() => redirect(303, '/')) satisfies PageServerLoad;

export const actions = {
	default: (event) => {
		if (event.locals.session) invalidateSession(getDb(), event.locals.session.id);
		deleteSessionCookie(event);
		redirect(303, '/');
	}
} satisfies Actions;
