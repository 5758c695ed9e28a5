import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../../src/lib/server/content/files.ts';
import { buildLibrary } from '../../../src/lib/server/content/library.ts';
import { ContentError } from '../../../src/lib/server/content/problems.ts';
import { itemYaml, lessonFile, longBody, validFiles } from '../../fixtures/content.ts';

function problemsOf(files: Record<string, string>): string[] {
	try {
		buildLibrary(files);
	} catch (e) {
		if (e instanceof ContentError) return e.problems.map((p) => `${p.file}: ${p.message}`);
		throw e;
	}
	return [];
}

describe('the project content', () => {
	it('validates, with every exam domain known and every lesson reference resolving', () => {
		const library = buildLibrary(readContentDir(resolve('content')));
		expect(library.lessons.size).toBeGreaterThanOrEqual(6);
		expect(library.items.size).toBeGreaterThanOrEqual(40);
		expect([...library.blueprints.keys()].sort()).toEqual(['cca', 'rhit']);
		for (const item of library.items.values()) expect(library.lessons.has(item.lesson)).toBe(true);
	});

	it('has lessons of at least 600 words in terminology, HIPAA and ICD-10-CM coding', () => {
		const library = buildLibrary(readContentDir(resolve('content')));
		const tracks = new Set([...library.lessons.values()].map((l) => l.track));
		for (const t of ['medical-terminology', 'privacy-security', 'coding']) expect(tracks).toContain(t);
		for (const lesson of library.lessons.values()) expect(lesson.wordCount).toBeGreaterThanOrEqual(600);
	});

	it('has items in every RHIT and CCA domain', () => {
		const library = buildLibrary(readContentDir(resolve('content')));
		for (const domain of library.domains.keys()) {
			const n = [...library.items.values()].filter((i) => i.domains.includes(domain)).length;
			expect(n, domain).toBeGreaterThan(0);
		}
	});
});

describe('buildLibrary', () => {
	it('accepts a minimal valid set', () => {
		const library = buildLibrary(validFiles());
		expect(library.lessons.get('basics/intro')?.title).toBe('Intro');
		expect(library.items.get('q-two')?.key).toEqual(['B']);
		expect(library.items.get('q-two')?.options.map((o) => o.whyHtml === null)).toEqual([false, true, false, false]);
		expect(library.exams.get('tst-quick')).toMatchObject({ itemCount: 2, kind: 'blueprint', modes: ['exam', 'tutor'], minutesPerItem: 1.5, timeLimitMinutes: null });
		expect(library.domains.get('tst-1')?.weight).toBe(60);
	});

	it('names the file when a lesson has no title', () => {
		const files = validFiles();
		files['lessons/basics/01-intro.md'] = lessonFile({ summary: 'S', domains: ['tst-1'], objectives: ['O'] });
		expect(problemsOf(files)).toContain('lessons/basics/01-intro.md: missing title');
	});

	it('rejects a duplicate slug in a track, naming both files', () => {
		const files = validFiles();
		files['lessons/basics/02-intro.md'] = files['lessons/basics/01-intro.md']!;
		expect(problemsOf(files)).toEqual([
			'lessons/basics/02-intro.md: duplicate slug "intro" in track "basics" (also content/lessons/basics/01-intro.md)'
		]);
	});

	it('rejects an unknown domain on a lesson and on an item', () => {
		const files = validFiles();
		files['lessons/basics/01-intro.md'] = lessonFile({ title: 'T', summary: 'S', domains: ['tst-9'], objectives: ['O'] });
		files['questions/basics.yaml'] = `items:\n${itemYaml('q-one', { domains: '[xyz-1]' })}`;
		const problems = problemsOf(files);
		expect(problems).toContain('lessons/basics/01-intro.md: unknown domain "tst-9"');
		expect(problems).toContain('questions/basics.yaml: item q-one: unknown domain "xyz-1"');
	});

	it('rejects a lesson that is too short or starts with its own h1', () => {
		const files = validFiles();
		files['lessons/basics/01-intro.md'] = lessonFile({ title: 'T', summary: 'S', domains: ['tst-1'], objectives: ['O'] }, '# Title\n\nShort.');
		const problems = problemsOf(files);
		expect(problems.some((p) => p.includes('must not start with a # heading'))).toBe(true);
		expect(problems.some((p) => p.includes('lessons need at least 600'))).toBe(true);
	});

	it('reports every item-writing rule a program can check', () => {
		const files = validFiles();
		files['questions/basics.yaml'] =
			'items:\n' +
			itemYaml('q-one', { options: '{ A: "x", B: "y", C: "z" }' }) +
			itemYaml('q-two', { key: 'E' }) +
			itemYaml('q-three', { options: '{ A: "x", B: "y", C: "z", D: "All of the above" }' }) +
			itemYaml('q-four', { lesson: 'basics/missing' }) +
			itemYaml('q-four') +
			itemYaml('q-five', { stem: JSON.stringify('Which option is right for q-four?') }) +
			itemYaml('q-six', { domains: '[tst-1, tst-2]' }) +
			itemYaml('q-seven', { source: '""', level: 'memorise' });
		const problems = problemsOf(files).map((p) => p.replace('questions/basics.yaml: ', ''));
		expect(problems).toEqual(
			expect.arrayContaining([
				'item q-one: options must be exactly A, B, C and D (got A, B, C)',
				'item q-two: key must be A, B, C or D',
				'item q-three: "all of the above" / "none of the above" are not allowed',
				'item q-four: lesson "basics/missing" does not exist',
				'item q-four: duplicate id (also in content/questions/basics.yaml)',
				'item q-five: same stem as item q-four',
				'item q-six: more than one tst domain',
				'item q-seven: level must be one of recall, application, analysis',
				'item q-seven: missing source'
			])
		);
	});

	it('checks explanations: one per wrong option, and no option letters (options are shuffled)', () => {
		const files = validFiles();
		files['questions/basics.yaml'] =
			'items:\n' +
			itemYaml('q-one', { distractors: '{ B: "no", C: "no" }' }) +
			itemYaml('q-two', { rationale: JSON.stringify('Option B is the best answer.') }) +
			itemYaml('q-three', { rationale: JSON.stringify('The answer (C) follows the rule.') }) +
			itemYaml('q-four', { distractors: '{ B: "no", C: "C is wrong because of the rule.", D: "no" }' }) +
			itemYaml('q-five', { rationale: JSON.stringify('Medicare Part A pays; hepatitis B is a vaccine example; see 42 USC 1320a-7b(b)(3)(A).') });
		expect(problemsOf(files).map((p) => p.replace('questions/basics.yaml: ', ''))).toEqual([
			'item q-one: distractors must explain exactly B, C, D (got B, C)',
			'item q-two: the rationale refers to an option by letter; options are shuffled, so describe it instead',
			'item q-three: the rationale refers to an option by letter; options are shuffled, so describe it instead',
			'item q-four: the explanation of C refers to an option by letter'
		]);
	});

	it('parses multiple-response and code-entry items and scenario sets', () => {
		const files = validFiles();
		const base = 'domains: [tst-1]\n    level: recall\n    difficulty: easy\n    lesson: basics/intro\n    source: s\n    rationale: Because.';
		files['questions/types.yaml'] = `items:
  - id: m-one
    type: multiple
    stem: Which two? Choose two.
    ${base}
    options: { A: a, B: b, C: c, D: d, E: e }
    key: [D, B]
    distractors: { A: no, C: no, E: no }
  - id: c-one
    type: code
    stem: Code it.
    ${base}
    codeSet: ICD-10-CM
    answers: [E11.9]
sets:
  - id: case-one
    title: A case
    case: The **shared** case text.
    items:
      - id: s-one
        type: single
        stem: First?
        ${base.replaceAll('\n    ', '\n        ')}
        options: { A: a, B: b, C: c, D: d }
        key: C
        distractors: { A: no, B: no, D: no }
      - id: s-two
        type: code
        stem: Second?
        ${base.replaceAll('\n    ', '\n        ')}
        codeSet: HCPCS Level II
        answers: [J1100]
`;
		const library = buildLibrary(files);
		expect(library.items.get('m-one')).toMatchObject({ type: 'multiple', key: ['B', 'D'] });
		expect(library.items.get('c-one')).toMatchObject({ type: 'code', answers: ['E11.9'], codeSet: 'ICD-10-CM', options: [] });
		expect(library.items.get('s-one')?.set).toMatchObject({ id: 'case-one', title: 'A case' });
		expect(library.items.get('s-two')?.set?.caseHtml).toContain('<strong>shared</strong>');
	});

	it('rejects malformed multiple-response, code and set entries', () => {
		const files = validFiles();
		const base = 'domains: [tst-1]\n    level: recall\n    difficulty: easy\n    lesson: basics/intro\n    source: s\n    rationale: Because.';
		files['questions/types.yaml'] = `items:
  - id: m-bad
    type: multiple
    stem: Which?
    ${base}
    options: { A: a, B: b, C: c, D: d, E: e }
    key: [B]
    distractors: { A: no, C: no, D: no, E: no }
  - id: c-bad
    type: code
    stem: Code?
    ${base}
    codeSet: CPT
    answers: ["not a code!"]
sets:
  - id: lonely
    title: One item
    case: Text
    items: []
`;
		expect(problemsOf(files).map((p) => p.replace('questions/types.yaml: ', ''))).toEqual([
			'item m-bad: a multiple-response key needs at least two letters and fewer than all options',
			'item c-bad: "not a code!" does not look like a code',
			'item c-bad: codeSet must be one of ICD-10-CM, ICD-10-PCS, HCPCS Level II',
			'set lonely: a scenario set needs at least two items'
		]);
	});

	it('enforces balanced key positions once the bank has 20 items', () => {
		const files = validFiles();
		let yaml = 'items:\n';
		for (let i = 0; i < 20; i++) yaml += itemYaml(`q-${i}`, { key: i < 10 ? 'A' : ['B', 'C', 'D'][i % 3]! });
		files['questions/basics.yaml'] = yaml;
		expect(problemsOf(files)).toContain('questions/: key A is 50.0% of the single-best-answer items; each key position must be 20-30%');
	});

	it('reports YAML syntax errors with the file name', () => {
		const files = validFiles();
		files['exams/tst-quick.yaml'] = 'id: [unclosed';
		expect(problemsOf(files)[0]).toMatch(/^exams\/tst-quick\.yaml: invalid YAML/);
	});

	it('requires an exam to name a known blueprint and match its file name', () => {
		const files = validFiles();
		files['exams/tst-quick.yaml'] = 'id: other\ntitle: Q\nblueprint: nope\nitems: 2\n';
		expect(problemsOf(files)).toContain('exams/tst-quick.yaml: id must match the file name ("tst-quick")');
		files['exams/tst-quick.yaml'] = 'id: tst-quick\ntitle: Q\nblueprint: tst\nkind: custom\nitems: 50\nmaxItems: 20\nmodes: [exam, quiz]\ntimeLimitMinutes: 10\nminutesPerItem: 1\n';
		expect(problemsOf(files)).toEqual([
			'exams/tst-quick.yaml: a custom quiz needs whole numbers minItems ≤ items ≤ maxItems',
			'exams/tst-quick.yaml: modes must list one or more of exam, tutor',
			'exams/tst-quick.yaml: give timeLimitMinutes or minutesPerItem, not both'
		]);
		files['exams/tst-quick.yaml'] = 'id: other\ntitle: Q\nblueprint: nope\nitems: 2\n';
		expect(problemsOf(files)).toContain('exams/tst-quick.yaml: id must match the file name ("tst-quick")');
		files['exams/tst-quick.yaml'] = 'id: tst-quick\ntitle: Q\nblueprint: nope\nitems: 2\n';
		expect(problemsOf(files)).toContain('exams/tst-quick.yaml: unknown blueprint "nope"');
	});

	it('uses the front-matter title, not an h1, and counts only prose words', () => {
		const files = validFiles();
		files['lessons/basics/01-intro.md'] = lessonFile(
			{ title: 'Counting', summary: 'S', domains: ['tst-1'], objectives: ['O'] },
			longBody(600) + '\n| a | b |\n|---|---|\n| 1 | 2 |\n'
		);
		const lesson = buildLibrary(files).lessons.get('basics/intro')!;
		// "Intro paragraph." + "First part" + 600 words + the table cells a, b, 1, 2
		expect(lesson.wordCount).toBe(2 + 2 + 600 + 4);
	});
});
