// `npm start`: build when the build is missing or older than the sources, then serve it with
// adapter-node. Defaults suit one machine: http://localhost:3000 and ./data/app.db. The database
// is created and migrated by the server itself on start-up.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const built = join(root, 'build', 'index.js');
const sources = ['src', 'content', 'static', 'drizzle', 'package.json', 'svelte.config.js', 'vite.config.ts'];

function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
if (builtAt < Math.max(...sources.map((s) => newestMtime(join(root, s))))) {
	console.log('Building HIT Prep (sources changed since the last build)…');
	execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
}

process.env.PORT ||= '3000';
process.env.HOST ||= '0.0.0.0';
// adapter-node checks form posts against ORIGIN; without it every sign-in would be refused as cross-site.
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
process.env.DATABASE_PATH ||= join(process.cwd(), 'data', 'app.db');

console.log(`HIT Prep on ${process.env.ORIGIN} (database ${process.env.DATABASE_PATH})`);
await import(pathToFileURL(built).href);
