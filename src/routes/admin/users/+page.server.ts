import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { ROLES } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/auth/guards';
import { LastAdminError, isRole, listUsers, setUserRole } from '$lib/server/auth/users';
import { field } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) => {
	const me = requireRole(event, 'admin');
	return { users: listUsers(getDb()), roles: ROLES, myId: me.id };
}) satisfies PageServerLoad;

export const actions = {
	setRole: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const userId = field(form, 'userId');
		const role = field(form, 'role');
		if (!isRole(role)) return fail(400, { userId, message: `"${role}" is not a role. Choose learner, instructor or admin.` });
		try {
			const updated = setUserRole(getDb(), userId, role);
			if (!updated) return fail(404, { userId, message: 'That user no longer exists.' });
			return { ok: true, userId, message: `${updated.displayName} is now ${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}.` };
		} catch (e) {
			if (e instanceof LastAdminError) return fail(409, { userId, message: e.message });
			throw e;
		}
	}
} satisfies Actions;
