import { describe, expect, it } from 'vitest';
import { countWords, renderMarkdown, slugify } from '../../../src/lib/server/content/markdown.ts';

describe('renderMarkdown', () => {
	it('gives h2 and h3 headings unique ids and lists them in the contents', () => {
		const { html, toc } = renderMarkdown('## Key terms\n\ntext\n\n### Sub *part*\n\n## Key terms\n\n#### Deep');
		expect(html).toContain('<h2 id="key-terms">Key terms</h2>');
		expect(html).toContain('<h3 id="sub-part">Sub <em>part</em></h3>');
		expect(html).toContain('<h2 id="key-terms-2">');
		expect(toc).toEqual([
			{ id: 'key-terms', text: 'Key terms', depth: 2 },
			{ id: 'sub-part', text: 'Sub part', depth: 3 },
			{ id: 'key-terms-2', text: 'Key terms', depth: 2 }
		]);
	});

	it('turns GitHub-style alerts into labelled callouts and leaves plain quotes alone', () => {
		const { html } = renderMarkdown('> [!TIP]\n> Read the suffix first.\n\n> Just a quote.');
		expect(html).toContain('<div class="callout callout-tip" role="note">');
		expect(html).toContain('<p class="callout-title">Tip</p>');
		expect(html).toContain('Read the suffix first.');
		expect(html).not.toContain('[!TIP]');
		expect(html).toContain('<blockquote>\n<p>Just a quote.</p>');
	});

	it('wraps tables in a keyboard-scrollable region', () => {
		const { html } = renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |');
		expect(html).toMatch(/<div class="table-wrap" role="region" aria-label="Table" tabindex="0">\n<table>/);
	});
});

describe('slugify and countWords', () => {
	it('makes URL-safe ids', () => {
		expect(slugify('ICD-10-CM: Section I.B.5 & more')).toBe('icd-10-cm-section-i-b-5-more');
		expect(slugify('***')).toBe('section');
	});

	it('does not count markdown punctuation as words', () => {
		expect(countWords('## Heading\n\n- **bold** item\n\n| a | b |\n|---|---|')).toBe(5);
	});
});
