import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFiles } from './library.ts';

/** Reads every file under a content directory, keyed like `import.meta.glob` keys relative to it. */
export function readContentDir(dir: string): ContentFiles {
	const files: ContentFiles = {};
	const walk = (current: string) => {
		for (const entry of readdirSync(current, { withFileTypes: true })) {
			const full = join(current, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (/\.(md|yaml)$/.test(entry.name) && entry.name !== 'README.md') {
				files[relative(dir, full).split(sep).join('/')] = readFileSync(full, 'utf8');
			}
		}
	};
	walk(dir);
	return files;
}
