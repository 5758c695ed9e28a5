import type { LayoutServerLoad } from './$types';

// Only what the header needs; pages check authorization themselves in their own loads.
export const load = (({ locals }) => ({
	user: locals.user ? { displayName: locals.user.displayName, role: locals.user.role } : null
})) satisfies LayoutServerLoad;
