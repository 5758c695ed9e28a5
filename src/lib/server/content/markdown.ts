import { Marked, Renderer, type Tokens } from 'marked';

export interface TocEntry {
	id: string;
	text: string;
	depth: number;
}

export interface RenderedMarkdown {
	html: string;
	toc: TocEntry[];
}

const CALLOUT_TITLES: Record<string, string> = {
	NOTE: 'Note',
	TIP: 'Tip',
	IMPORTANT: 'Important',
	WARNING: 'Warning',
	CAUTION: 'Caution'
};
const CALLOUT_MARKER = /^<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*(?:<\/p>\s*)?/;

export function slugify(text: string): string {
	return (
		text
			.toLowerCase()
			.replace(/<[^>]*>/g, '')
			.replace(/&[a-z]+;|&#\d+;/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'section'
	);
}

function plainText(tokens: Tokens.Generic[] | undefined, fallback: string): string {
	if (!tokens) return fallback;
	return tokens
		.map((t) => ('tokens' in t && t.tokens ? plainText(t.tokens, t.raw) : 'text' in t ? String(t.text) : t.raw))
		.join('');
}

/**
 * Renders trusted markdown from content/ to HTML. Content is authored in this repository and
 * reviewed like code, so raw HTML (e.g. <details>) is allowed; nothing user-submitted is rendered here.
 * Headings get stable ids for the on-page contents; GitHub-style alerts become callouts;
 * tables are wrapped so a narrow screen can scroll them with the keyboard.
 */
export function renderMarkdown(source: string): RenderedMarkdown {
	const toc: TocEntry[] = [];
	const defaults = new Renderer();
	const used = new Map<string, number>();

	const marked = new Marked({
		gfm: true,
		renderer: {
			heading({ tokens, depth }) {
				const inner = this.parser.parseInline(tokens);
				const text = plainText(tokens, '').trim();
				const base = slugify(text);
				const seen = used.get(base) ?? 0;
				used.set(base, seen + 1);
				const id = seen === 0 ? base : `${base}-${seen + 1}`;
				if (depth === 2 || depth === 3) toc.push({ id, text, depth });
				return `<h${depth} id="${id}">${inner}</h${depth}>\n`;
			},
			blockquote({ tokens }) {
				const body = this.parser.parse(tokens);
				const match = CALLOUT_MARKER.exec(body);
				if (!match) return `<blockquote>\n${body}</blockquote>\n`;
				const kind = match[1] as string;
				const rest = body.slice(match[0].length);
				const content = match[0].includes('</p>') ? rest : `<p>${rest}`;
				return (
					`<div class="callout callout-${kind.toLowerCase()}" role="note">\n` +
					`<p class="callout-title">${CALLOUT_TITLES[kind]}</p>\n${content}</div>\n`
				);
			},
			table(token) {
				// marked's own table markup, wrapped
				defaults.parser = this.parser;
				const html = defaults.table(token);
				return `<div class="table-wrap" role="region" aria-label="Table" tabindex="0">\n${html}</div>\n`;
			}
		}
	});

	const html = marked.parse(source, { async: false });
	return { html, toc };
}

/** Renders a short piece (a stem, an option) without wrapping a single paragraph in <p>. */
export function renderInline(source: string): string {
	return new Marked({ gfm: true }).parseInline(source, { async: false });
}

/** Counts the words a reader reads: markdown punctuation, tags and code fences do not count. */
export function countWords(markdown: string): number {
	const text = markdown
		.replace(/<[^>]+>/g, ' ')
		.replace(/[#>*_`|[\]()-]+/g, ' ');
	return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}
