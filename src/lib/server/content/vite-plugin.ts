import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readContentDir } from './files.ts';
import { buildLibrary } from './library.ts';

/**
 * Validates content/ before a build starts, so a missing title, a duplicate slug or an unknown
 * domain fails `vite build` with the file's name instead of failing at the first request.
 */
export function contentCheck(contentDir = resolve('content')): Plugin {
	return {
		name: 'hit-prep-content-check',
		apply: 'build',
		buildStart() {
			buildLibrary(readContentDir(contentDir));
		}
	};
}
