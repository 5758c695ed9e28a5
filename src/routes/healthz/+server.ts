import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { getLibrary } from '$lib/server/content';
import type { RequestHandler } from './$types';

// For load balancers and monitors: 200 when the database answers and content loaded, 503 otherwise.
export const GET = (() => {
	try {
		const sqlite = getDb().$client;
		const check = sqlite.prepare('select 1 as ok').get() as { ok: number };
		const migrations = sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number };
		const library = getLibrary();
		return json(
			{
				status: 'ok',
				database: {
					ok: check.ok === 1,
					journalMode: sqlite.pragma('journal_mode', { simple: true }),
					migrationsApplied: migrations.n
				},
				content: { lessons: library.lessons.size, items: library.items.size, exams: library.exams.size }
			},
			{ headers: { 'cache-control': 'no-store' } }
		);
	} catch (e) {
		console.error(e);
		return json({ status: 'error', database: { ok: false } }, { status: 503, headers: { 'cache-control': 'no-store' } });
	}
}) satisfies RequestHandler;
