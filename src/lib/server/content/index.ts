import { buildLibrary, type ContentFiles } from './library.ts';
import type { Library } from './types.ts';

// Bundled into the server at build time: content needs no files at run time and is parsed,
// validated and rendered once per process (on first use), never per request.
const raw = import.meta.glob(['/content/**/*.md', '/content/**/*.yaml', '!/content/README.md'], {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

let library: Library | undefined;

export function getLibrary(): Library {
	if (!library) {
		const files: ContentFiles = {};
		for (const [path, text] of Object.entries(raw)) files[path.replace(/^\/content\//, '')] = text;
		library = buildLibrary(files);
	}
	return library;
}

export type * from './types.ts';
export { ContentError } from './problems.ts';
